use leptos::prelude::*;
use leptos_meta::Title;

use super::NotFoundPage;
use crate::api::{fetch_comments, fetch_post, LoadError};
use crate::components::{Byline, CommentList, LoadErrorPanel, Loading, MarkdownView};
use crate::markdown::render_markdown;
use crate::model::Post;
use crate::routes::post_href;

/// One post at its permalink, with its comments.
#[component]
pub fn PostPage(
    /// The permalink the reader asked for; a post is shown only at its own.
    requested: String,
    slug: String,
) -> impl IntoView {
    let post = LocalResource::new(move || fetch_post(slug.clone()));
    view! {
        <Suspense fallback=|| view! { <Loading /> }>
            {move || {
                let requested = requested.clone();
                Suspend::new(async move {
                    match post.await {
                        Ok(post) if post_href(post.date, &post.slug) == requested => {
                            view! { <PostArticle post /> }.into_any()
                        }
                        Ok(_) | Err(LoadError::NotFound { .. }) => {
                            view! { <NotFoundPage /> }.into_any()
                        }
                        Err(error) => {
                            view! {
                                <Title text="Sorry, there is a problem" />
                                <LoadErrorPanel error retry=move |_| post.refetch() page_level=true />
                            }
                                .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn PostArticle(post: Post) -> impl IntoView {
    let rendered = render_markdown(&post.body);
    view! {
        <Title text=post.title.clone() />
        <article class="app-post">
            <h1 class="govuk-heading-xl" id="page-heading" tabindex="-1">{post.title}</h1>
            <Byline authors=post.authors date=post.date categories=post.categories />
            {post.previous_government.map(|government| view! { <HistoryNotice government /> })}
            <MarkdownView rendered />
        </article>
        <PostComments slug=post.slug />
    }
}

/// GOV.UK's "history mode": this was published under a previous government.
#[component]
fn HistoryNotice(government: String) -> impl IntoView {
    view! {
        <div class="govuk-notification-banner app-history-notice" role="region" aria-labelledby="history-notice-title">
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id="history-notice-title">"History"</h2>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">
                    {format!("This was published under the {government}")}
                </p>
            </div>
        </div>
    }
}

#[component]
fn PostComments(slug: String) -> impl IntoView {
    let comments = LocalResource::new(move || fetch_comments(slug.clone()));
    view! {
        <Suspense fallback=|| view! { <Loading /> }>
            {move || Suspend::new(async move {
                match comments.await {
                    Ok(comments) => view! { <CommentList comments /> }.into_any(),
                    Err(error) => {
                        view! { <LoadErrorPanel error retry=move |_| comments.refetch() /> }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
