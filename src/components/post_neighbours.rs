use leptos::prelude::*;

use super::{NextIcon, PreviousIcon};
use crate::model::PostLink;
use crate::routes::post_href;
use crate::state::use_base_path;

/// Previous (older) and next (newer) post, in the GOV.UK block pagination style.
#[component]
pub fn PostNeighbours(previous: Option<PostLink>, next: Option<PostLink>) -> impl IntoView {
    let base = use_base_path();
    let href = move |link: &PostLink| base.path(&post_href(link.date, &link.slug));
    (previous.is_some() || next.is_some()).then(|| {
        view! {
            <nav class="govuk-pagination govuk-pagination--block" aria-label="Previous and next posts">
                {previous.map(|link| {
                    let to = href(&link);
                    view! {
                    <div class="govuk-pagination__prev">
                        <a class="govuk-link govuk-pagination__link" href=to rel="prev">
                            <PreviousIcon />
                            <span class="govuk-pagination__link-title">"Previous post"</span>
                            <span class="govuk-visually-hidden">":"</span>
                            <span class="govuk-pagination__link-label">{link.title}</span>
                        </a>
                    </div>
                    }
                })}
                {next.map(|link| {
                    let to = href(&link);
                    view! {
                    <div class="govuk-pagination__next">
                        <a class="govuk-link govuk-pagination__link" href=to rel="next">
                            <NextIcon />
                            <span class="govuk-pagination__link-title">"Next post"</span>
                            <span class="govuk-visually-hidden">":"</span>
                            <span class="govuk-pagination__link-label">{link.title}</span>
                        </a>
                    </div>
                    }
                })}
            </nav>
        }
    })
}
