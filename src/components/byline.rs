use leptos::prelude::*;

use crate::model::{Term, Timestamp};
use crate::routes::Route;
use crate::state::use_base_path;

/// "Posted by: {authors}, Posted on: {date} - Categories: {list}", as GOV.UK blogs write it,
/// with the labels for screen readers only. Authors and categories link to their pages.
#[component]
pub fn Byline(authors: Vec<Term>, date: Timestamp, categories: Vec<Term>) -> impl IntoView {
    let base = use_base_path();
    let author_links = term_links(&authors, |slug| base.href(&Route::Author { slug, page: 1 }));
    let category_links =
        term_links(&categories, |slug| base.href(&Route::Category { slug, page: 1 }));
    view! {
        <p class="app-byline">
            <span class="govuk-visually-hidden">"Posted by: "</span>
            <span class="app-byline__authors">{author_links}</span>
            <span aria-hidden="true">", "</span>
            <span class="govuk-visually-hidden">"Posted on: "</span>
            <time class="app-byline__date" datetime=date.to_rfc3339()>{date.human_date()}</time>
            {(!categories.is_empty()).then(|| view! {
                <span aria-hidden="true">" - "</span>
                <span class="govuk-visually-hidden">"Categories: "</span>
                <span class="app-byline__categories">{category_links}</span>
            })}
        </p>
    }
}

/// Links to each term, separated by commas.
fn term_links(terms: &[Term], href: impl Fn(String) -> String) -> AnyView {
    terms
        .iter()
        .enumerate()
        .map(|(i, term)| {
            let href = href(term.slug.clone());
            let name = term.name.clone();
            view! {
                {(i > 0).then_some(", ")}
                <a class="govuk-link app-byline__link" href=href>{name}</a>
            }
        })
        .collect_view()
        .into_any()
}
