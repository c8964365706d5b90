use leptos::prelude::*;
use leptos_meta::Title;

/// "Page not found", in the words of the GOV.UK pattern, with a way on.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Title text="Page not found" />
        <h1 class="govuk-heading-xl" id="page-heading" tabindex="-1">"Page not found"</h1>
        <p class="govuk-body">"If you typed the web address, check it is correct."</p>
        <p class="govuk-body">
            "If you pasted the web address, check you copied the entire address."
        </p>
        <p class="govuk-body">
            <a class="govuk-link" href="/">"Read the latest posts"</a>
        </p>
    }
}
