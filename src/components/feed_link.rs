use leptos::prelude::*;
use leptos_meta::Link;

use crate::data_paths::FeedKey;
use crate::state::use_base_path;

/// Tells browsers and feed readers about a page's Atom feed (`<link rel="alternate">` in the
/// head), and, unless `head_only`, offers it on the page too.
#[component]
pub fn FeedLink(
    feed: FeedKey,
    /// What the feed follows, such as "this category".
    #[prop(into)]
    label: String,
    #[prop(optional)] head_only: bool,
) -> impl IntoView {
    let href = use_base_path().path(&format!("/{}", feed.path()));
    let title = format!("Atom feed of {label}");
    view! {
        <Link rel="alternate" type_="application/atom+xml" href=href.clone() title=title />
        {(!head_only).then(|| view! {
            <p class="govuk-body-s app-feed-link">
                <a class="govuk-link" href=href type="application/atom+xml">{format!("Follow {label} by Atom feed")}</a>
            </p>
        })}
    }
}
