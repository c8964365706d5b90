use leptos::prelude::*;

use crate::api::LoadError;

/// What a reader sees when data could not be loaded: what happened, a Retry button, and the
/// technical detail for whoever maintains the site.
#[component]
pub fn LoadErrorPanel(
    error: LoadError,
    /// Called when the reader presses "Try again".
    #[prop(into)]
    retry: Callback<()>,
    /// Whether the panel is the page's main content, and so holds its H1.
    #[prop(optional)]
    page_level: bool,
) -> impl IntoView {
    let heading = "Sorry, there is a problem loading this page";
    view! {
        <div class="app-load-error" role="alert">
            {if page_level {
                view! { <h1 class="govuk-heading-l">{heading}</h1> }.into_any()
            } else {
                view! { <h2 class="govuk-heading-m">{heading}</h2> }.into_any()
            }}
            <p class="govuk-body">{error.reader_message()}</p>
            <button type="button" class="govuk-button" on:click=move |_| retry.run(())>
                "Try again"
            </button>
            <details class="govuk-details">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">"Details for the site's maintainers"</span>
                </summary>
                <div class="govuk-details__text app-load-error__detail">{error.to_string()}</div>
            </details>
        </div>
    }
}
