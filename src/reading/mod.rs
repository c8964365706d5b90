//! The reading code: what a reading page runs instead of the whole app (the `reading` binary,
//! `src/bin/reading.rs`), which every build makes but `BLOG_READING=app` ones (docs/deployment.md).
//!
//! A reading page ([`crate::routes::Route::is_reading_page`]) is complete as pre-rendered, so
//! only its interactive parts are hydrated, where they stand ([`parts`]): the connection
//! banners with the service worker, the sections menu, the share links. A link to another
//! reading page fetches that page's pre-rendered copy and puts it in place ([`navigator`]);
//! any other link is an ordinary page load, and search and the offline page start the app.
//! The same components render the parts as in the app, so the page and its parts never
//! differ; the code is a quarter of the app's (docs/performance.md).

#[cfg(target_arch = "wasm32")]
mod navigator;
#[cfg(target_arch = "wasm32")]
mod parts;

/// The address a pre-rendered page was rendered for (relative to the base path), from its
/// hydration data (`<script id="app-hydration">`, written by the publish step).
pub fn rendered_for(hydration: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Hydration {
        page: String,
    }
    serde_json::from_str::<Hydration>(hydration).ok().map(|h| h.page)
}

/// The address in view as the worker keeps it: path and query.
#[cfg(target_arch = "wasm32")]
fn here() -> String {
    let (path, query) = crate::platform::address();
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

/// Starts the reading code on a pre-rendered reading page.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use leptos::prelude::*;

    use crate::platform::{self, offline, scroll};
    use crate::state::{BasePath, OfflineStatus};

    console_error_panic_hook::set_once();
    scroll::start();
    let base = BasePath::new(&platform::page_base_path());
    // The connection's state outlives every page the reader moves through: its signals
    // belong to an owner kept for the life of the page, not to one page's parts.
    let owner = Owner::new();
    let status = owner.with(|| OfflineStatus {
        online: RwSignal::new(offline::is_online()),
        update_ready: RwSignal::new(false),
        saved_at: RwSignal::new(None),
        unreachable: RwSignal::new(false),
    });
    std::mem::forget(owner);
    let parts = parts::Parts::new(base.clone(), status);
    // Hydrating starts Leptos's executor, which the tasks below need.
    parts.hydrate();
    offline::watch_connection(move |online| status.online.set(online));
    offline::register_worker(&base.path("/"), move || status.update_ready.set(true));
    // The page the browser loaded may be the worker's saved copy because the blog did not
    // answer (the connection is up, so no `offline` event says so): ask the worker.
    let worker_base = base.path("/");
    leptos::task::spawn_local(async move {
        if !offline::page_was_reachable().await {
            status.unreachable.try_set(true);
        }
        // Read from the worker's copy: say when it was saved.
        if status.unreachable.get_untracked() || !status.online.get_untracked() {
            status.saved_at.set(offline::saved_at(&worker_base, &here()).await);
        }
    });
    navigator::start(base, parts);
    platform::mark_started("parts");
}

#[cfg(test)]
mod tests {
    use super::rendered_for;

    #[test]
    fn reads_the_address_a_page_was_rendered_for() {
        let data =
            r#"{"page":"/projects/?theme=openness&phase=live","resources":[["0","{\"a\":1}"]]}"#;
        assert_eq!(rendered_for(data).as_deref(), Some("/projects/?theme=openness&phase=live"));
        assert_eq!(
            rendered_for(r#"{"resources":[],"page":"/caf\u00e9/"}"#).as_deref(),
            Some("/café/")
        );
    }

    #[test]
    fn anything_else_is_no_address() {
        for bad in ["", "{}", "<html>", r#"{"page":3}"#, r#"{"page":"/"#] {
            assert_eq!(rendered_for(bad), None, "{bad}");
        }
    }
}
