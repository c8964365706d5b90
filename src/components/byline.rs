use leptos::prelude::*;

use crate::model::{Term, Timestamp};

/// "Posted by: {authors}, Posted on: {date} - Categories: {list}", as GOV.UK blogs write it,
/// with the labels for screen readers only.
#[component]
pub fn Byline(authors: Vec<Term>, date: Timestamp, categories: Vec<Term>) -> impl IntoView {
    let authors = join_names(&authors);
    let categories = join_names(&categories);
    view! {
        <p class="app-byline">
            <span class="govuk-visually-hidden">"Posted by: "</span>
            <span class="app-byline__authors">{authors}</span>
            <span aria-hidden="true">", "</span>
            <span class="govuk-visually-hidden">"Posted on: "</span>
            <time class="app-byline__date" datetime=date.to_rfc3339()>{date.human_date()}</time>
            {(!categories.is_empty()).then(|| view! {
                <span aria-hidden="true">" - "</span>
                <span class="govuk-visually-hidden">"Categories: "</span>
                <span class="app-byline__categories">{categories}</span>
            })}
        </p>
    }
}

fn join_names(terms: &[Term]) -> String {
    terms
        .iter()
        .map(|t| t.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
