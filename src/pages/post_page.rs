use leptos::prelude::*;

use super::live_refresh::{refresh_when_shown, shown, Draws, Fresher};
use super::post_comments::PostComments;
use super::{error_page, NotFoundPage};
use crate::api::{sendable, use_data_source, DataSource, LoadError};
use crate::components::{
    BelowTheFold, Byline, HistoryNotice, Loading, PageHeading, PageMeta, PostLinks, PostNeighbours,
    PublishedBody, ShareLinks, TableOfContents, TermKind, TermLinks, UnrenderedBody, WordPressBody,
};
use crate::model::{BodyFormat, Post, PostFile, SiteFile};
use crate::routes::post_href;
use crate::state::{use_site, use_site_url};
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
    let fresher = refresh_when_shown("post", Draws::Page, post, DataSource::refresh_post);
    view! {
        <Suspense fallback=|| view! { <Loading /> }>
            {move || {
                let requested = requested.clone();
                Suspend::new(async move {
                    match post.await {
                        Ok(file) if post_href(file.post.date, &file.post.slug) == requested => {
                            view! { <PostArticle file fresher /> }.into_any()
                        }
                        Ok(_) | Err(LoadError::NotFound { .. }) => view! { <NotFoundPage /> }.into_any(),
                        Err(error) => error_page(error, Callback::new(move |_| post.refetch())),
                    }
                })
            }}
        </Suspense>
    }
}

/// A post: the part above the fold shows WordPress's newer version once a live refresh has
/// found one; the part below it (the comments, and the form a reader may be typing in) stays
/// as first drawn, so that a refresh never empties it.
#[component]
fn PostArticle(file: PostFile, fresher: Fresher<PostFile>) -> impl IntoView {
    let site = use_site();
    let post = file.post.clone();
    let permalink = post_href(post.date, &post.slug);
    let absolute = absolute_address(&site, &permalink);
    let neighbours: Vec<String> =
        file.previous.iter().chain(&file.next).map(|link| link.slug.clone()).collect();
    rehearse_neighbours(neighbours, |file| {
        let requested = post_href(file.post.date, &file.post.slug);
        view! { <PostPage requested slug=file.post.slug /> }.into_any()
    });
    let (previous, next, related) =
        (file.previous.clone(), file.next.clone(), file.related.clone());
    let top = move || {
        let newer = shown(fresher, &file).post;
        // Redated on WordPress, a post moves to another address: this one keeps what it showed.
        let post =
            if post_href(newer.date, &newer.slug) == permalink { newer } else { file.post.clone() };
        view! { <PostTop post /> }
    };
    let (share_title, share_url) = (post.title.clone(), absolute.clone());
    view! {
        {top}
        <BelowTheFold>
            // Found by the reading code, which hydrates the share links with these (src/reading).
            <app-part data-part="share" data-title=share_title data-url=share_url>
                <ShareLinks title=post.title url=absolute />
            </app-part>
            <PostComments slug=post.slug open=post.comments_open settings=site.site.clone() />
            <PostNeighbours previous next />
            <PostLinks heading="Related posts" posts=related />
        </BelowTheFold>
    }
}

/// The post's address on the public site, for share links and the printed permalink.
fn absolute_address(site: &SiteFile, permalink: &str) -> String {
    let site_url = site.site.url.clone().map(crate::state::SiteUrl).unwrap_or_else(use_site_url);
    site_url.absolute(permalink)
}

/// The post above the fold: its title, byline, body and terms.
#[component]
fn PostTop(post: Post) -> impl IntoView {
    let site = use_site();
    // A body is HTML, sanitised as it goes into the page: rendered from Markdown by the
    // publish step, with its headings and words counted there, or WordPress's, which has no
    // contents list.
    let (body, headings, word_count) = match post.body_format {
        BodyFormat::Rendered => {
            let body = view! { <PublishedBody html=post.body.clone() /> }.into_any();
            (body, post.headings.clone(), post.word_count)
        }
        BodyFormat::Markdown => {
            let words = post.body.split_whitespace().count();
            (view! { <UnrenderedBody markdown=post.body.clone() /> }.into_any(), Vec::new(), words)
        }
        BodyFormat::Html => {
            let words = html_word_count(&post.body);
            (view! { <WordPressBody html=post.body.clone() /> }.into_any(), Vec::new(), words)
        }
    };
    let absolute = absolute_address(&site, &post_href(post.date, &post.slug));
    let description =
        if post.summary.is_empty() { site.site.description.clone() } else { post.summary.clone() };
    view! {
        <PageMeta title=post.title.clone() description published=post.date />
        <article class="app-post">
            <PageHeading text=post.title.clone() />
            <Byline authors=post.authors date=post.date categories=post.categories />
            <p class="app-post__reading-time">{reading_time(word_count)}</p>
            {post.previous_government.map(|government| view! { <HistoryNotice government /> })}
            <TableOfContents headings />
            {body}
            <p class="app-print-only">"Permalink: "{absolute}</p>
            <TermLinks label="Tags" terms=post.tags kind=TermKind::Tag />
            <TermLinks label="Themes" terms=post.themes kind=TermKind::Theme />
            <TermLinks label="Projects" terms=post.projects kind=TermKind::Project />
        </article>
    }
}
