#![recursion_limit = "256"]

//! The browser entry point: hydrate a pre-rendered page, or render the app into the page shell.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use strategy_blog::api::DataSource;
    use strategy_blog::platform::{self, scroll};
    use strategy_blog::routes::Route;
    use strategy_blog::state::{BasePath, SiteUrl};
    use strategy_blog::App;

    console_error_panic_hook::set_once();
    scroll::start();
    let setup = platform::page_setup();
    let base_path = BasePath::new(&setup.base_path);
    let source = DataSource::network(base_path.as_str());
    let site_url = SiteUrl(setup.site_url);
    // A pre-rendered page is hydrated only when it was rendered for the page the address
    // names: a host may answer an unknown address with the 404 page, or (`trunk serve`) the
    // home page.
    let here = base_path.strip(&setup.path).map(|path| Route::parse(path, &setup.query));
    let rendered_for = setup.hydration.as_ref().map(|h| {
        let (path, query) = h.page.split_once('?').unwrap_or((h.page.as_str(), ""));
        Route::parse(path, query)
    });
    let app = move || view! { <App base_path site_url source /> };
    match (setup.hydration, here, rendered_for) {
        (Some(hydration), Some(here), Some(rendered_for)) if here == rendered_for => {
            platform::install_hydration_data(&hydration);
            leptos::mount::hydrate_body(app);
            platform::mark_started("hydrated");
        }
        _ => {
            platform::clear_body();
            leptos::mount::mount_to_body(app);
            platform::mark_started("rendered");
        }
    }
    // Compiles the comment thread's code before a reader opens a long one (see warm_up).
    let _ = request_idle_callback(|| {
        std::hint::black_box(strategy_blog::warm_up::comment_thread());
    });
}

// The publish tool renders the same components on the host; there is nothing to start there.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}

/// Tells the publish step that this build reads from WordPress: wasm-bindgen writes this
/// name into the app's JavaScript, where `publish` looks for it before it publishes a site
/// that needs it (crates/publish/src/app_build.rs).
#[cfg(all(target_arch = "wasm32", feature = "wordpress"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn reads_wordpress() -> bool {
    true
}
