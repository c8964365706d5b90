use leptos::prelude::*;

use super::live_refresh::{refresh_when_shown, shown, Draws};
use super::NotFoundPage;
use crate::api::{sendable, use_data_source, LoadError};
use crate::components::{FeedLink, LoadErrorPanel, Loading, PageHeading, PageMeta, PostList};
use crate::data_paths::{FeedKey, ListKey};
use crate::model::{month_name, ListPage, SiteFile};
use crate::routes::Route;
use crate::state::use_site;

/// What a list page says about itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListHeading {
    /// The H1, such as "Strategy" or "Posts from October 2014".
    pub title: String,
    pub description: String,
    /// Shown under the heading: a category's description, an author's biography.
    pub intro: String,
}

impl ListHeading {
    /// The heading of the list a route shows, or `None` when the site has no such list.
    pub fn for_route(site: &SiteFile, route: &Route) -> Option<ListHeading> {
        let heading = |title: String, description: String, intro: String| ListHeading {
            title,
            description,
            intro,
        };
        match route {
            Route::Home { .. } => {
                Some(heading(site.site.title.clone(), site.site.description.clone(), String::new()))
            }
            Route::Category { slug, .. } => site.category(slug).map(|c| {
                heading(
                    c.name.clone(),
                    format!("Posts in the category {}.", c.name),
                    c.description.clone(),
                )
            }),
            Route::Tag { slug, .. } => site.tag(slug).map(|t| {
                heading(
                    format!("Tag: {}", t.name),
                    format!("Posts tagged {}.", t.name),
                    String::new(),
                )
            }),
            Route::Author { slug, .. } => site.author(slug).map(|a| {
                heading(
                    format!("Posts by {}", a.name),
                    format!("Posts by the {}.", a.name),
                    a.bio.clone(),
                )
            }),
            // A WordPress site's months are not in the site file: WordPress says, by
            // answering with posts or none.
            Route::Month { year, month, .. }
                if site.month(*year, *month).is_some()
                    || (site.site.wordpress.is_some() && (1..=12).contains(month)) =>
            {
                let when = format!("{} {year}", month_name(*month));
                Some(heading(
                    format!("Posts from {when}"),
                    format!("Everything we published in {when}."),
                    String::new(),
                ))
            }
            _ => None,
        }
    }
}

/// The data file behind a list route.
fn list_key(route: &Route) -> Option<(ListKey, u32)> {
    Some(match route {
        Route::Home { page } => (ListKey::Home, *page),
        Route::Category { slug, page } => (ListKey::Category(slug.clone()), *page),
        Route::Tag { slug, page } => (ListKey::Tag(slug.clone()), *page),
        Route::Author { slug, page } => (ListKey::Author(slug.clone()), *page),
        Route::Month { year, month, page } => {
            (ListKey::Month { year: *year, month: *month }, *page)
        }
        Route::Theme { slug, page } => (ListKey::Theme(slug.clone()), *page),
        _ => return None,
    })
}

/// A paged list of posts: the home page, a category, a tag, an author or a month.
#[component]
pub fn PostListPage(route: Route) -> impl IntoView {
    let site = use_site();
    let (Some((key, page)), Some(heading)) =
        (list_key(&route), ListHeading::for_route(&site, &route))
    else {
        return view! { <NotFoundPage /> }.into_any();
    };
    let source = use_data_source();
    let list = {
        let key = key.clone();
        Resource::new(
            move || (key.clone(), page),
            move |(key, page)| sendable(source.clone().fetch_list(key, page)),
        )
    };
    let fresher = refresh_when_shown("list", Draws::Page, list, move |source, shown| {
        source.refresh_list(key.clone(), page, shown)
    });
    view! {
        <Suspense fallback=|| view! { <Loading /> }>
            {move || {
                let (route, heading) = (route.clone(), heading.clone());
                Suspend::new(async move {
                    match list.await {
                        Ok(list) => (move || {
                            let (heading, route) = (heading.clone(), route.clone());
                            view! { <ListView heading list=shown(fresher, &list) route /> }
                        })
                        .into_any(),
                        Err(LoadError::NotFound { .. }) => view! { <NotFoundPage /> }.into_any(),
                        Err(error) => error_page(error, Callback::new(move |_| list.refetch())),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn ListView(heading: ListHeading, list: ListPage, route: Route) -> impl IntoView {
    let title = if list.page > 1 {
        format!("{} (page {} of {})", heading.title, list.page, list.total_pages)
    } else {
        heading.title.clone()
    };
    view! {
        <PageMeta title description=heading.description />
        <PageHeading text=heading.title />
        {(!heading.intro.is_empty()).then(|| view! { <p class="govuk-body-l">{heading.intro}</p> })}
        {feed_for(&route).map(|(feed, label)| view! { <FeedLink feed label /> })}
        <PostList list route />
    }
}

/// A list's own feed, where it has one.
fn feed_for(route: &Route) -> Option<(FeedKey, String)> {
    match route {
        Route::Category { slug, .. } => {
            Some((FeedKey::Category(slug.clone()), "this category".into()))
        }
        _ => None,
    }
}

/// A page whose data could not be loaded: the error, with Try again.
pub fn error_page(error: LoadError, retry: Callback<()>) -> AnyView {
    view! {
        <PageMeta title="Sorry, there is a problem" description="" />
        <LoadErrorPanel error retry page_level=true />
    }
    .into_any()
}
