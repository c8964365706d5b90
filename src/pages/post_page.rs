use leptos::prelude::*;

use super::post_comments::PostComments;
use super::{error_page, NotFoundPage};
use crate::api::{sendable, use_data_source, LoadError};
use crate::components::{
    BelowTheFold, Byline, HistoryNotice, Loading, MarkdownView, PageHeading, PageMeta, PostLinks,
    PostNeighbours, ShareLinks, TableOfContents, TermKind, TermLinks, WordPressBody,
};
use crate::markdown::render_markdown_under;
use crate::model::{BodyFormat, PostFile};
use crate::routes::post_href;
use crate::state::{use_base_path, use_site, use_site_url};
use crate::text::reading_time;
use crate::warm_up::rehearse_neighbours;
use crate::wordpress::html_word_count;

/// One post at its permalink, with its comments.
#[component]
pub fn PostPage(
    /// The permalink the reader asked for; a post is shown only at its own.
    requested: String,
    slug: String,
) -> impl IntoView {
    let source = use_data_source();
    let post =
        Resource::new(move || slug.clone(), move |slug| sendable(source.clone().fetch_post(slug)));
    view! {
        <Suspense fallback=|| view! { <Loading /> }>
            {move || {
                let requested = requested.clone();
                Suspend::new(async move {
                    match post.await {
                        Ok(file) if post_href(file.post.date, &file.post.slug) == requested => {
                            view! { <PostArticle file /> }.into_any()
                        }
                        Ok(_) | Err(LoadError::NotFound { .. }) => view! { <NotFoundPage /> }.into_any(),
                        Err(error) => error_page(error, Callback::new(move |_| post.refetch())),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn PostArticle(file: PostFile) -> impl IntoView {
    let base = use_base_path();
    let site = use_site();
    let post = file.post;
    // A WordPress body is HTML, sanitised as it goes into the page; it has no contents list.
    let (body, headings, word_count) = match post.body_format {
        BodyFormat::Markdown => {
            let rendered = render_markdown_under(&post.body, base.as_str());
            let body = view! { <MarkdownView html=rendered.html /> }.into_any();
            (body, rendered.headings, rendered.word_count)
        }
        BodyFormat::Html => {
            let words = html_word_count(&post.body);
            (view! { <WordPressBody html=post.body.clone() /> }.into_any(), Vec::new(), words)
        }
    };
    let permalink = post_href(post.date, &post.slug);
    let site_url = site.site.url.clone().map(crate::state::SiteUrl).unwrap_or_else(use_site_url);
    let absolute = site_url.absolute(&permalink);
    let description =
        if post.summary.is_empty() { site.site.description.clone() } else { post.summary.clone() };
    let neighbours: Vec<String> =
        file.previous.iter().chain(&file.next).map(|link| link.slug.clone()).collect();
    rehearse_neighbours(neighbours, |file| {
        let requested = post_href(file.post.date, &file.post.slug);
        view! { <PostPage requested slug=file.post.slug /> }.into_any()
    });
    view! {
        <PageMeta title=post.title.clone() description published=post.date />
        <article class="app-post">
            <PageHeading text=post.title.clone() />
            <Byline authors=post.authors date=post.date categories=post.categories />
            <p class="app-post__reading-time">{reading_time(word_count)}</p>
            {post.previous_government.map(|government| view! { <HistoryNotice government /> })}
            <TableOfContents headings />
            {body}
            <p class="app-print-only">"Permalink: "{absolute.clone()}</p>
            <TermLinks label="Tags" terms=post.tags kind=TermKind::Tag />
            <TermLinks label="Themes" terms=post.themes kind=TermKind::Theme />
            <TermLinks label="Projects" terms=post.projects kind=TermKind::Project />
        </article>
        <BelowTheFold>
            <ShareLinks title=post.title url=absolute />
            <PostComments slug=post.slug open=post.comments_open settings=site.site.clone() />
            <PostNeighbours previous=file.previous next=file.next />
            <PostLinks heading="Related posts" posts=file.related />
        </BelowTheFold>
    }
}
