use leptos::prelude::*;

use crate::components::{PageHeading, PageMeta, SearchForm};
use crate::routes::{ProjectFilter, Route};
use crate::state::{report_page_problem, use_base_path, PageProblem};

/// "Page not found", in the words of the GOV.UK pattern, with ways on.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let base = use_base_path();
    report_page_problem(PageProblem::NotFound);
    view! {
        <PageMeta title="Page not found" description="There is no page at this address." />
        <PageHeading text="Page not found" />
        <p class="govuk-body">"If you typed the web address, check it is correct."</p>
        <p class="govuk-body">
            "If you pasted the web address, check you copied the entire address."
        </p>
        <p class="govuk-body">"You can search for what you wanted, or:"</p>
        <ul class="govuk-list govuk-list--bullet">
            <li><a class="govuk-link" href=base.href(&Route::Home { page: 1 })>"read the latest posts"</a></li>
            <li><a class="govuk-link" href=base.href(&Route::Themes)>"see the five themes of our strategy"</a></li>
            <li>
                <a class="govuk-link" href=base.href(&Route::Projects(ProjectFilter::default()))>
                    "browse the register of our projects"
                </a>
            </li>
            <li><a class="govuk-link" href=base.href(&Route::Archives)>"look through the archives"</a></li>
        </ul>
        <SearchForm id="not-found-search" name="Search the blog" visible_label=true />
    }
}
