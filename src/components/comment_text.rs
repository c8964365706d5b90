use leptos::prelude::*;

use crate::text::{linkify, paragraphs, TextPart};

/// A comment's words: paragraphs, with web addresses as links. Anything else a commenter
/// types, markup included, is shown as typed.
#[component]
pub fn CommentText(text: String) -> impl IntoView {
    paragraphs(&text)
        .into_iter()
        .map(|paragraph| {
            let parts = linkify(&paragraph)
                .into_iter()
                .map(|part| match part {
                    TextPart::Text(text) => text.into_any(),
                    TextPart::Link(url) => {
                        let href = url.clone();
                        view! { <a class="govuk-link" href=href rel="nofollow ugc">{url}</a> }
                            .into_any()
                    }
                })
                .collect_view();
            view! { <p class="govuk-body">{parts}</p> }
        })
        .collect_view()
}
