use leptos::prelude::*;

use crate::markdown::Heading;

/// Posts with at least this many section headings get a table of contents.
pub const CONTENTS_MIN_HEADINGS: usize = 3;

/// "Contents": links to a long post's sections, in the GOV.UK contents-list style.
#[component]
pub fn TableOfContents(headings: Vec<Heading>) -> impl IntoView {
    let sections: Vec<Heading> = headings.into_iter().filter(|h| h.level <= 3).collect();
    (sections.iter().filter(|h| h.level == 2).count() >= CONTENTS_MIN_HEADINGS).then(|| {
        view! {
            <nav class="app-contents" aria-labelledby="contents-heading">
                <h2 class="govuk-heading-s app-contents__title" id="contents-heading">"Contents"</h2>
                <ol class="app-contents__list">
                    {sections
                        .into_iter()
                        .map(|h| view! {
                            <li class="app-contents__item" class:app-contents__item--nested=h.level == 3>
                                <a class="govuk-link" href=format!("#{}", h.id) target="_self">{h.text}</a>
                            </li>
                        })
                        .collect_view()}
                </ol>
            </nav>
        }
    })
}
