use leptos::prelude::*;

use crate::api::LoadError;
use crate::components::SavedPages;
use crate::state::{report_page_problem, use_offline_status, PageProblem};

/// What a reader sees when data could not be loaded: what happened, a Retry button, and the
/// technical detail for whoever maintains the site. Offline, a page that was never saved says
/// so, and lists the pages that are.
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
    let status = use_offline_status();
    let network = matches!(error, LoadError::Network { .. });
    let offline = move || network && status.is_some_and(|s| !s.online.get());
    let heading = move || {
        let text = if offline() {
            "This page is not available offline"
        } else {
            "Sorry, there is a problem loading this page"
        };
        if page_level {
            view! { <h1 class="govuk-heading-l">{text}</h1> }.into_any()
        } else {
            view! { <h2 class="govuk-heading-m">{text}</h2> }.into_any()
        }
    };
    let reader_message = error.reader_message();
    let detail = error.to_string();
    report_page_problem(PageProblem::LoadError(detail.clone()));
    let body = move || {
        if offline() {
            view! {
                <p class="govuk-body">
                    "It was not saved on this device before the connection was lost. "
                    "These pages are saved, and you can read them now:"
                </p>
                <SavedPages />
            }
            .into_any()
        } else {
            view! { <p class="govuk-body">{reader_message}</p> }.into_any()
        }
    };
    view! {
        <div class="app-load-error" role="alert">
            {heading}
            {body}
            <button type="button" class="govuk-button" on:click=move |_| retry.run(())>
                "Try again"
            </button>
            <details class="govuk-details">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">"Details for the site's maintainers"</span>
                </summary>
                <div class="govuk-details__text app-load-error__detail">{detail}</div>
            </details>
        </div>
    }
}
