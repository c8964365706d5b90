use leptos::prelude::*;

use crate::model::PostLink;
use crate::routes::post_href;
use crate::state::use_base_path;

/// A headed list of links to posts: related posts, or a project's latest posts.
#[component]
pub fn PostLinks(#[prop(into)] heading: String, posts: Vec<PostLink>) -> impl IntoView {
    let base = use_base_path();
    (!posts.is_empty()).then(|| {
        view! {
            <section class="app-post-links">
                <h2 class="govuk-heading-m">{heading}</h2>
                <ul class="govuk-list app-post-links__list">
                    {posts
                        .into_iter()
                        .map(|post| view! {
                            <li>
                                <a class="govuk-link" href=base.path(&post_href(post.date, &post.slug))>{post.title}</a>
                                " "
                                <span class="app-post-links__date">
                                    <time datetime=post.date.to_rfc3339()>{post.date.human_date()}</time>
                                </span>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}
