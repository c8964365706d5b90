use leptos::prelude::*;

use crate::model::describe_saved_at;
use crate::platform::offline::{saved_pages, SavedPage};
use crate::state::use_base_path;

/// The pages saved on this device, each a link with when it was saved. Read from the
/// service worker's store once in the browser; on the host it renders as nothing.
#[component]
pub fn SavedPages(
    /// Bumped to read the list again (after saving or clearing).
    #[prop(into, optional)]
    refresh: Signal<u32>,
) -> impl IntoView {
    let base = use_base_path().path("/");
    let pages = RwSignal::new(None::<Vec<SavedPage>>);
    let reads = StoredValue::new(0u32);
    Effect::new(move |_| {
        refresh.track();
        let base = base.clone();
        // Reading a long list takes a while: only the latest read may show, so a list read
        // before "Clear saved pages" never replaces the one read after it.
        reads.update_value(|n| *n += 1);
        let this_read = reads.get_value();
        leptos::task::spawn_local(async move {
            let saved = saved_pages(&base).await;
            // The reader may have left the page while the list was read: then nothing is
            // shown (the values are gone, and reading them would panic).
            if reads.try_get_value() == Some(this_read) {
                pages.try_set(Some(saved));
            }
        });
    });
    move || {
        pages.get().map(|pages| {
            if pages.is_empty() {
                return view! { <p class="govuk-body">"No pages are saved on this device yet."</p> }
                    .into_any();
            }
            let items = pages
                .into_iter()
                .map(|page| {
                    let when = page.saved_at.as_deref().and_then(describe_saved_at);
                    // An ordinary page load (rel=external: not the router's), which the worker
                    // answers with the page as saved: a page saved by the reading code, or
                    // landed on, was saved as a page, without the data the app would ask for.
                    view! {
                        <li>
                            <a class="govuk-link" href=page.url rel="external">{page.title}</a>
                            {when.map(|w| view! { <span class="app-saved-pages__when">{format!(" (saved {w})")}</span> })}
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="govuk-list app-saved-pages">{items}</ul> }.into_any()
        })
    }
}
