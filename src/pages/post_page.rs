use std::cell::Cell;

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};

use super::post_comments::PostComments;
use super::{error_page, NotFoundPage};
use crate::api::{fetch_post, prefetch_post, sendable, LoadError};
use crate::components::{
    BelowTheFold, Byline, HistoryNotice, Loading, MarkdownView, PageHeading, PageMeta, PostLinks,
    PostNeighbours, ShareLinks, TableOfContents, TermKind, TermLinks, WordPressBody,
};
use crate::markdown::render_markdown_under;
use crate::model::{BodyFormat, PostFile};
use crate::routes::post_href;
use crate::state::{
    is_rehearsal, provide_rehearsal, use_base_path, use_navigation, use_site, use_site_url,
};
use crate::text::reading_time;
use crate::wordpress::html_word_count;

/// One post at its permalink, with its comments.
#[component]
pub fn PostPage(
    /// The permalink the reader asked for; a post is shown only at its own.
    requested: String,
    slug: String,
) -> impl IntoView {
    let post = Resource::new(move || slug.clone(), |slug| sendable(fetch_post(slug)));
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
    // A reader's likeliest next step is a neighbouring post: fetch it while they read, once
    // this page is on screen (starting the requests costs the first frame tens of ms on a
    // slow phone).
    let neighbours: Vec<String> =
        file.previous.iter().chain(&file.next).map(|link| link.slug.clone()).collect();
    if !is_rehearsal() {
        // Only the page the reader arrived on rehearses: after one move in the app the code
        // is compiled anyway, and a rehearsal then could fall on a long thread's arrival.
        let arrived_here = !use_navigation().is_some_and(|n| n.first_heading_shown.get_value());
        let page = Owner::current().filter(|_| arrived_here);
        let alive = StoredValue::new(());
        Effect::new(move |_| {
            let neighbours = neighbours.clone();
            let page = page.clone();
            crate::platform::after_next_paint(move || {
                for slug in neighbours {
                    let page = page.clone();
                    leptos::task::spawn_local(async move {
                        if let (Some(file), Some(page)) = (prefetch_post(slug).await, page) {
                            rehearse(page, alive, file);
                        }
                    });
                }
            });
        });
    }
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

thread_local! {
    static REHEARSED: Cell<bool> = const { Cell::new(false) };
}

/// Once a session, on the post the reader arrived on, when the browser is idle: builds a
/// neighbouring post's page off the screen, lets it render from memory, and takes it down
/// again. The browser compiles each wasm function the first time it runs, and a page built
/// in the app runs code that hydrating the first page did not (building, mounting and
/// unmounting views, a resource and its suspense); without this the reader's first move to
/// another post paid for that compiling (at 4x CPU, 164 ms to its body before, 115 ms
/// after). The rehearsal changes nothing outside itself (see `state::is_rehearsal`): no
/// head tags, focus, announcements or comments; its data is the post just fetched, from
/// memory. A Markdown body's images may start loading, as for any element given HTML.
/// WordPress bodies are not rehearsed: their sanitising reports what it drops (CSP) even
/// off the page.
fn rehearse(page: Owner, alive: StoredValue<()>, file: PostFile) {
    if file.post.body_format != BodyFormat::Markdown || REHEARSED.with(|done| done.replace(true)) {
        return;
    }
    let job = Cell::new(Some(file));
    leptos::prelude::request_idle_callback(move || {
        // The page that asked may be gone, and its context with it.
        let (Some(file), Some(())) = (job.take(), alive.try_get_value()) else {
            return;
        };
        let Some(parent) = crate::platform::detached_element() else {
            return;
        };
        let slug = file.post.slug.clone();
        let stage = page.with(Owner::new);
        let mut state = stage.with(|| {
            provide_rehearsal();
            let requested = post_href(file.post.date, &file.post.slug);
            let slug = slug.clone();
            let mut state = view! { <PostPage requested slug /> }.into_any().build();
            state.mount(&parent, None);
            state
        });
        // Its data comes from memory in a task or two; then down it comes. If the reader has
        // left meanwhile, the page's cleanup has already disposed of the rehearsal's reactive
        // values, which unmounting would read: its detached nodes are left to be forgotten.
        set_timeout(
            move || {
                if alive.try_get_value().is_none() {
                    std::mem::forget(state);
                    return;
                }
                stage.with(|| state.unmount());
                drop(state);
                stage.cleanup();
                crate::platform::mark_rehearsed(&slug);
            },
            std::time::Duration::from_millis(500),
        );
    });
}
