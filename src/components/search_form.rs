use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::routes::Route;
use crate::state::{navigate_within_site, use_base_path};

/// A search box: a plain GET form to `/search/` (so it works without the app), which the app
/// turns into a navigation. With `live`, every keystroke updates that signal instead, for
/// results as you type.
#[component]
pub fn SearchForm(
    /// Unique on the page: the input's id.
    id: &'static str,
    /// The search landmark's name.
    #[prop(into)]
    name: String,
    /// Show the label, rather than keeping it for screen readers only.
    #[prop(optional)]
    visible_label: bool,
    /// The query so far; typing updates it.
    #[prop(optional)]
    live: Option<RwSignal<String>>,
    /// What the box starts with, when it is not `live`.
    #[prop(optional, into)]
    initial: String,
) -> impl IntoView {
    let base = use_base_path();
    let navigate = use_navigate();
    let action = base.href(&Route::Search { query: String::new() });
    let value = live.unwrap_or_else(|| RwSignal::new(initial));
    let start = value.get_untracked();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let query = value.get_untracked().trim().to_owned();
        navigate(&base.href(&Route::Search { query }), navigate_within_site());
    };
    let label_class = if visible_label {
        "govuk-label govuk-label--m"
    } else {
        "govuk-label govuk-visually-hidden"
    };
    view! {
        <form class="app-search" role="search" aria-label=name method="get" action=action on:submit=submit>
            <label class=label_class for=id>"Search this blog"</label>
            <div class="app-search__row">
                <input
                    class="govuk-input app-search__input"
                    type="search"
                    id=id
                    name="q"
                    value=start
                    autocomplete="off"
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
                <button type="submit" class="govuk-button app-search__button">"Search"</button>
            </div>
        </form>
    }
}
