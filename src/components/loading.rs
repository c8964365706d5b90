use leptos::prelude::*;

/// Shown while a page's data is on its way; a status region, so screen readers announce it
/// without moving focus.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="govuk-body app-loading" role="status">"Loading…"</p> }
}
