use leptos::prelude::*;

/// GOV.UK's "history mode": this was published under a previous government.
#[component]
pub fn HistoryNotice(government: String) -> impl IntoView {
    view! {
        <div class="govuk-notification-banner app-history-notice" role="region" aria-labelledby="history-notice-title">
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id="history-notice-title">"History"</h2>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">
                    {format!("This was published under the {government}")}
                </p>
            </div>
        </div>
    }
}
