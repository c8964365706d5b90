use leptos::prelude::*;

use crate::platform::focus_element;

/// The id of the element that holds each page's main content.
pub const MAIN_CONTENT_ID: &str = "main-content";

/// "Skip to main content": the first focusable thing on every page. It moves focus as well
/// as scrolling, which a fragment link in a single-page app does not do by itself.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a
            href=format!("#{MAIN_CONTENT_ID}")
            class="govuk-skip-link"
            on:click=|ev| {
                ev.prevent_default();
                focus_element(MAIN_CONTENT_ID);
            }
        >
            "Skip to main content"
        </a>
    }
}
