//! What the embed views show, inside the embed frame: latest posts, and the fixed-height
//! widget. (A post, a theme and the register are their own pages.) And the editors' page.

use leptos::prelude::*;

use super::error_page;
use super::live_refresh::{refresh_when_shown, shown, Draws, Fresher};
use crate::api::{sendable, use_data_source, LoadError};
use crate::components::{Loading, PageHeading, PageMeta, PostCard};
use crate::data_paths::ListKey;
use crate::model::{ListPage, PostSummary};
use crate::routes::{post_href, EmbedView, ProjectFilter, Route, LATEST_MAX};
use crate::state::{use_base_path, use_site, use_site_url};

/// The newest `count` posts. Pre-rendered for a site that is not refreshed live, the page
/// holds the most a view may show, those after the `count`th hidden: one page then serves
/// every count, each shown by the embed script (crates/publish/src/embed_view.js) without the
/// app. The app itself (in the browser, and on a live site's pages, which it hydrates) shows
/// exactly `count`.
#[component]
pub fn LatestPosts(count: u32) -> impl IntoView {
    let source = use_data_source();
    let list = Resource::new(|| (), move |_| sendable(source.clone().fetch_list(ListKey::Home, 1)));
    let fresher = refresh_home(list);
    let retry = Callback::new(move |_| list.refetch());
    let live = use_site().site.live_wordpress.is_some();
    let holds = if cfg!(target_arch = "wasm32") || live { count } else { LATEST_MAX };
    view! {
        <PageMeta title="Latest posts" description="The newest posts on the blog." />
        <PageHeading text="Latest posts" class="govuk-heading-l" />
        <Suspense fallback=|| view! { <Loading /> }>
            {move || Suspend::new(async move {
                match list.await {
                    Err(error) => error_page(error, retry),
                    Ok(list) => (move || {
                        let posts = shown(fresher, &list).posts.into_iter().take(holds as usize);
                        let cards = posts.enumerate().map(|(index, post)| {
                            view! { <PostCard post hidden={index >= count as usize} /> }
                        });
                        view! { <ul class="govuk-list app-post-list">{cards.collect_view()}</ul> }
                    })
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

/// Latest post titles in whatever height the frame has, ending with a link to the rest: for
/// hosts that allow an iframe but no script (such as SharePoint's embed web part). Posts that
/// do not fit whole are hidden by the layout, so nothing is cut in half.
#[component]
pub fn LatestWidget() -> impl IntoView {
    let source = use_data_source();
    let list = Resource::new(|| (), move |_| sendable(source.clone().fetch_list(ListKey::Home, 1)));
    let fresher = refresh_home(list);
    let retry = Callback::new(move |_| list.refetch());
    let base = use_base_path();
    let site = use_site();
    let home = base.href(&Route::Home { page: 1 });
    let title = site.site.title.clone();
    view! {
        <PageMeta title="Latest posts" description="The newest posts on the blog." />
        <div class="app-widget">
            <h1 class="govuk-heading-s app-widget__title">{format!("Latest from {title}")}</h1>
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Err(error) => error_page(error, retry),
                        Ok(list) => (move || {
                            view! { <WidgetList posts=shown(fresher, &list).posts /> }
                        })
                        .into_any(),
                    }
                })}
            </Suspense>
            <p class="govuk-body-s app-widget__more">
                <a class="govuk-link" href=home>{format!("All posts on {title}")}</a>
            </p>
        </div>
    }
}

/// The home list a live site's embed shows, refreshed from WordPress (see `live_refresh`):
/// only the list is drawn again, under the view's own heading.
fn refresh_home(list: Resource<Result<ListPage, LoadError>>) -> Fresher<ListPage> {
    refresh_when_shown("list", Draws::Part, list, |source, shown| {
        source.refresh_list(ListKey::Home, 1, shown)
    })
}

#[component]
fn WidgetList(posts: Vec<PostSummary>) -> impl IntoView {
    let base = use_base_path();
    let items = posts
        .into_iter()
        .map(|post| {
            let href = base.path(&post_href(post.date, &post.slug));
            view! {
                <li class="app-widget__item">
                    <a class="govuk-link" href=href>{post.title}</a>
                    <span class="app-widget__date">{post.date.human_date()}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="govuk-list app-widget__list">{items}</ul> }
}

/// For editors: each view with the snippet to paste into an intranet page, and a live
/// preview (the same snippet, running here).
#[component]
pub fn EmbedHelpPage() -> impl IntoView {
    let site = use_site();
    let base = use_base_path();
    let site_url = use_site_url();
    // Snippets name the blog by its public address (the settings' url, else where it is served).
    let root = format!("{}{}", site_url.0.trim_end_matches('/'), base.path("/"));
    let first_theme = site.themes.first().map(|t| t.slug.clone()).unwrap_or_default();
    let views = [
        ("Latest posts", "latest", vec![("count", "3".to_owned())], EmbedView::Latest { count: 3 }),
        (
            "One theme",
            "themes",
            vec![("theme", first_theme.clone())],
            EmbedView::Theme { slug: first_theme },
        ),
        (
            "The project register, live projects only",
            "projects",
            vec![("phase", "live".to_owned())],
            EmbedView::Projects(ProjectFilter {
                theme: None,
                phase: Some(crate::model::Phase::Live),
            }),
        ),
    ];
    let script = format!("<script src=\"{root}embed.js\" async></script>");
    let examples = views
        .into_iter()
        .map(|(name, kind, options, view)| {
            let attributes: String =
                options.iter().map(|(k, v)| format!(" data-{k}=\"{v}\"")).collect();
            let snippet = format!("<div data-blog-embed=\"{kind}\"{attributes}></div>\n{script}");
            let preview = base.path(&view.href());
            view! {
                <h2 class="govuk-heading-m">{name}</h2>
                <pre class="app-snippet"><code>{snippet}</code></pre>
                <iframe class="app-embed-preview" src=preview title=format!("Preview: {name}")></iframe>
            }
        })
        .collect_view();
    let widget = base.path(&EmbedView::Widget { height: 320 }.href());
    let widget_snippet = format!(
        "<iframe src=\"{}{}\" title=\"Latest posts from the blog\" height=\"320\" width=\"100%\"></iframe>",
        root.trim_end_matches('/'),
        EmbedView::Widget { height: 320 }.href()
    );
    view! {
        <PageMeta
            title="Embed the blog in your intranet"
            description="Snippets to show the blog's latest posts, a theme or the project register on another site."
        />
        <PageHeading text="Embed the blog in your intranet" />
        <p class="govuk-body">
            "Copy a snippet into your intranet page. The view sizes itself to its content, and its links open in your page's window. "
            "Your intranet's address must be on the blog's list of sites allowed to embed it: ask the blog's team."
        </p>
        {examples}
        <h2 class="govuk-heading-m">"Where scripts are not allowed"</h2>
        <p class="govuk-body">
            "Some intranets (SharePoint's embed web part, for one) allow an iframe but no script. This widget fits the height you give it and ends with a link to the rest."
        </p>
        <pre class="app-snippet"><code>{widget_snippet}</code></pre>
        <iframe class="app-embed-preview app-embed-preview--fixed" src=widget title="Preview: latest posts widget"></iframe>
    }
}
