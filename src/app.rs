use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route as RouterRoute, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::api::{
    needs_wordpress, provide_data_source, use_data_source, DataSource, LoadError, READS_WORDPRESS,
};
use crate::components::{
    ConnectionBanners, EmbedFrame, FeedLink, LoadErrorPanel, Loading, PageMeta, Section,
    SiteFooter, SiteHeader, SiteSidebar, SkipLink, MAIN_CONTENT_ID,
};
use crate::data_paths::FeedKey;
use crate::model::SiteFile;
use crate::pages::{
    ArchivesPage, EmbedHelpPage, LatestPosts, LatestWidget, NotFoundPage, OfflinePage,
    PostListPage, PostPage, ProjectPage, ProjectsPage, SearchPage, StandalonePage, ThemePage,
    ThemesPage, WrongBuildPage,
};
use crate::routes::{EmbedView, Route};
use crate::site::page_title;
use crate::state::{
    provide_base_path, provide_current_route, provide_navigation, provide_offline_status,
    provide_outbox_sending, provide_site, provide_site_data, provide_site_url, use_base_path,
    use_offline_status, BasePath, OfflineStatus, SiteUrl,
};

/// The whole app: the GOV.UK page frame around whichever page the address names. The same
/// view renders in the browser and, when the site is published, to HTML on the host.
#[component]
pub fn App(
    /// The path the site is served under.
    base_path: BasePath,
    /// The site's address as the browser sees it, for share links when the site settings
    /// do not give one.
    site_url: SiteUrl,
    /// Where every page's data comes from.
    source: DataSource,
) -> impl IntoView {
    provide_meta_context();
    provide_data_source(source);
    provide_base_path(base_path.clone());
    provide_site_url(site_url);
    let site = provide_site_data();
    let navigation = provide_navigation();
    let offline = provide_offline_status();
    provide_outbox_sending();
    let worker_base = base_path.path("/");
    // Once, in the browser: the connection's state, and the service worker for offline reading.
    Effect::new(move |_| start_offline_reading(&worker_base, offline));
    let router_base = base_path.as_str().to_owned();
    view! {
        <Router base=router_base>
            <Suspense fallback=|| view! { <main class="app-main" id=MAIN_CONTENT_ID><Loading /></main> }>
                {move || Suspend::new(async move {
                    match site.await {
                        Ok(site) => view! { <Frame site /> }.into_any(),
                        Err(error) => view! { <SiteUnavailable error retry=move |_| site.refetch() /> }.into_any(),
                    }
                })}
            </Suspense>
            <div class="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {move || navigation.announcement.get()}
            </div>
        </Router>
    }
}

fn start_offline_reading(base: &str, status: OfflineStatus) {
    use crate::platform::offline;
    status.online.set(offline::is_online());
    offline::watch_connection(move |online| status.online.set(online));
    offline::register_worker(base, move || status.update_ready.set(true));
    // The page the browser loaded may be the worker's saved copy because the blog did not
    // answer (the connection is up, so no `offline` event says so): ask the worker.
    leptos::task::spawn_local(async move {
        if !offline::page_was_reachable().await {
            status.unreachable.try_set(true);
        }
    });
}

/// On every page the reader reaches, in the browser: asks the service worker to keep it (a page reached in
/// the app was never loaded by the browser itself), looks for a new version now and then,
/// and while offline finds when the copy in view was saved.
fn keep_each_page() {
    use crate::platform::offline;
    let Some(status) = use_offline_status() else {
        return;
    };
    let base = use_base_path().path("/");
    let location = use_location();
    let last_url = std::cell::Cell::new(None::<String>);
    Effect::new(move |_| {
        // The router's address, which is ahead of the address bar's when this runs.
        let search = location.search.get();
        let url = match search.as_str() {
            "" => location.pathname.get(),
            _ => format!("{}?{search}", location.pathname.get()),
        };
        let online = status.online.get();
        if last_url.replace(Some(url.clone())).is_some_and(|last| last != url) {
            // The worker told of the page the browser loaded, not of pages reached in the app.
            status.unreachable.set(false);
        }
        if online && !status.unreachable.get() {
            status.saved_at.set(None);
            // The site file too: a page rendered into the shell offline needs it, and the
            // page that started the app fetched it before the worker was there to save it.
            let site_file = format!("{}{}", base, crate::data_paths::site());
            // Telling the service worker costs the new page's first frame on a slow phone.
            crate::platform::after_next_paint(move || {
                offline::keep(&[url, site_file]);
                offline::check_for_update();
            });
        } else {
            let base = base.clone();
            leptos::task::spawn_local(async move {
                status.saved_at.set(offline::saved_at(&base, &url).await);
            });
        }
    });
}

/// When the site's own settings cannot be loaded there is no frame to show: just the problem.
#[component]
fn SiteUnavailable(error: LoadError, #[prop(into)] retry: Callback<()>) -> impl IntoView {
    view! {
        <PageMeta title="Sorry, there is a problem" description="" />
        <SkipLink />
        <div class="govuk-width-container">
            <main class="govuk-main-wrapper app-main" id=MAIN_CONTENT_ID tabindex="-1">
                <LoadErrorPanel error retry page_level=true />
            </main>
        </div>
    }
}

/// Skip link, header, main column with the page, sidebar and footer.
#[component]
fn Frame(site: SiteFile) -> impl IntoView {
    let location = use_location();
    let base = use_base_path();
    let route = Memo::new(move |_| {
        let pathname = location.pathname.get();
        match base.strip(&pathname) {
            Some(path) => Route::parse(path, &location.search.get()),
            None => Route::NotFound,
        }
    });
    provide_current_route(route);
    keep_each_page();
    let section = Signal::derive(move || Section::of(&route.get()));
    let site_name = site.site.title.clone();
    // A site published from WordPress is refreshed from it (pages::live_refresh).
    use_data_source().know_live_site(&site);
    let wrong_build = !READS_WORDPRESS && needs_wordpress(&site.site);
    provide_site(site);
    let embedded = Memo::new(move |_| match route.get() {
        Route::Embed(view) if view != EmbedView::Help => Some(view.full_page()),
        _ => None,
    });
    let routes = move || {
        if wrong_build {
            return view! { <WrongBuildPage /> }.into_any();
        }
        view! {
            <Routes fallback=|| view! { <NotFoundPage /> }>
                <RouterRoute path=path!("/*any") view=move || view! { <RoutedPage route /> } />
            </Routes>
        }
        .into_any()
    };
    view! {
        <Title formatter=move |text: String| page_title(&text, &site_name) />
        <FeedLink feed=FeedKey::Blog label="the whole blog" head_only=true />
        {move || match embedded.get() {
            Some(_) => {
                let full_page = Signal::derive(move || embedded.get().unwrap_or(Route::Home { page: 1 }));
                view! { <EmbedFrame full_page>{routes()}</EmbedFrame> }.into_any()
            }
            None => view! {
                <div class="app-frame">
                    <SkipLink />
                    <SiteHeader section />
                    <div class="govuk-width-container">
                        <div class="govuk-main-wrapper app-main-wrapper">
                            <div class="govuk-grid-row">
                                <main class="govuk-grid-column-two-thirds app-main" id=MAIN_CONTENT_ID tabindex="-1">
                                    <ConnectionBanners />
                                    {routes()}
                                </main>
                                <aside class="govuk-grid-column-one-third app-aside" aria-label="Browse the blog">
                                    <SiteSidebar />
                                </aside>
                            </div>
                        </div>
                    </div>
                    <SiteFooter />
                </div>
            }
            .into_any(),
        }}
    }
}

/// The page for the current route. Routing is [`Route::parse`], a pure function, so the URL
/// scheme is tested on the host; the router supplies the location and link handling.
#[component]
fn RoutedPage(route: Memo<Route>) -> impl IntoView {
    let source = use_data_source();
    move || {
        let route = route.get();
        // What the last page still waits for is no longer wanted.
        source.begin_page();
        page_for(route)
    }
}

fn page_for(route: Route) -> AnyView {
    match route {
        route @ (Route::Home { .. }
        | Route::Category { .. }
        | Route::Tag { .. }
        | Route::Author { .. }
        | Route::Month { .. }) => view! { <PostListPage route /> }.into_any(),
        post @ Route::Post { .. } => {
            let requested = post.href();
            let Route::Post { slug, .. } = post else { unreachable!() };
            view! { <PostPage requested slug /> }.into_any()
        }
        Route::Archives => view! { <ArchivesPage /> }.into_any(),
        Route::Themes => view! { <ThemesPage /> }.into_any(),
        Route::Theme { slug, page } => view! { <ThemePage slug page /> }.into_any(),
        Route::Projects(filter) => view! { <ProjectsPage filter /> }.into_any(),
        Route::Project { slug } => view! { <ProjectPage slug /> }.into_any(),
        Route::Page { slug } => view! { <StandalonePage slug /> }.into_any(),
        Route::Search { query } => view! { <SearchPage query /> }.into_any(),
        Route::Offline => view! { <OfflinePage /> }.into_any(),
        Route::Embed(view) => match view {
            EmbedView::Help => view! { <EmbedHelpPage /> }.into_any(),
            EmbedView::Latest { count } => view! { <LatestPosts count /> }.into_any(),
            EmbedView::Widget { .. } => view! { <LatestWidget /> }.into_any(),
            EmbedView::Theme { slug } => view! { <ThemePage slug page=1 /> }.into_any(),
            EmbedView::Projects(filter) => view! { <ProjectsPage filter /> }.into_any(),
            post @ EmbedView::Post { .. } => {
                let route = post.full_page();
                let requested = route.href();
                let Route::Post { slug, .. } = route else { unreachable!() };
                view! { <PostPage requested slug /> }.into_any()
            }
        },
        Route::NotFound => view! { <NotFoundPage /> }.into_any(),
    }
}
