use leptos::prelude::*;

use super::Byline;
use crate::model::PostSummary;
use crate::routes::post_href;
use crate::state::use_base_path;
use crate::text::count_noun;

/// A post in a list: title link, byline, excerpt, "Read more" and the comment count.
/// `hidden`: in the page but not shown (see `LatestPosts`).
#[component]
pub fn PostCard(post: PostSummary, #[prop(optional)] hidden: bool) -> impl IntoView {
    let href = use_base_path().path(&post_href(post.date, &post.slug));
    let comments =
        post.comment_count.map(|count| count_noun(count as usize, "comment", "comments"));
    view! {
        <li class="app-post-card" hidden=hidden>
            <h2 class="govuk-heading-m app-post-card__title">
                <a class="govuk-link" href=href.clone()>{post.title.clone()}</a>
            </h2>
            <Byline authors=post.authors date=post.date categories=post.categories />
            <p class="govuk-body">{post.excerpt}</p>
            <p class="govuk-body app-post-card__more">
                <a class="govuk-link" href=href.clone()>
                    "Read more"<span class="govuk-visually-hidden">" of "{post.title}</span>
                </a>
                {comments.map(|comments| view! {
                    <span class="app-post-card__comments">
                        <a class="govuk-link" href=format!("{href}#comments")>{comments}</a>
                    </span>
                })}
            </p>
        </li>
    }
}
