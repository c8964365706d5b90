//! Every address the site has, for pre-rendering: each post, each page of each list, each
//! theme and project, the register with each combination of filters, the standalone pages,
//! search, reading offline, the embed views and "Page not found".

use std::collections::{BTreeMap, BTreeSet};

use super::{SiteContent, SourcePost};
use crate::model::Phase;
use crate::routes::{post_href, ProjectFilter, Route};

/// The routes to pre-render, each once.
pub fn site_routes(content: &SiteContent) -> Vec<Route> {
    let per_page = content.posts_per_page.max(1) as usize;
    let pages = |count: usize| (1..=count.div_ceil(per_page).max(1)).map(|p| p as u32);
    let mut routes = Vec::new();

    routes.extend(pages(content.posts.len()).map(|page| Route::Home { page }));
    for post in &content.posts {
        let t = post.date.uk();
        routes.push(Route::Post {
            year: t.year,
            month: t.month,
            day: t.day,
            slug: post.slug.clone(),
        });
        debug_assert_eq!(routes.last().map(Route::href), Some(post_href(post.date, &post.slug)));
    }
    let count =
        |pred: &dyn Fn(&SourcePost) -> bool| content.posts.iter().filter(|p| pred(p)).count();
    for category in &content.categories {
        let n = count(&|p| p.categories.contains(&category.slug));
        routes.extend(pages(n).map(|page| Route::Category { slug: category.slug.clone(), page }));
    }
    for author in &content.authors {
        let n = count(&|p| p.authors.contains(&author.slug));
        routes.extend(pages(n).map(|page| Route::Author { slug: author.slug.clone(), page }));
    }
    let mut tags: BTreeMap<String, usize> = BTreeMap::new();
    for post in &content.posts {
        let slugs: BTreeSet<String> = post.tag_slug_list().into_iter().collect();
        for slug in slugs {
            *tags.entry(slug).or_default() += 1;
        }
    }
    for (slug, n) in tags {
        routes.extend(pages(n).map(|page| Route::Tag { slug: slug.clone(), page }));
    }
    let mut months: BTreeMap<(i32, u8), usize> = BTreeMap::new();
    for post in &content.posts {
        *months.entry((post.date.uk().year, post.date.uk().month)).or_default() += 1;
    }
    for ((year, month), n) in months {
        routes.extend(pages(n).map(|page| Route::Month { year, month, page }));
    }
    routes.push(Route::Archives);
    routes.push(Route::Offline);
    routes.extend(embed_routes(content));
    routes.push(Route::Themes);
    for theme in &content.themes {
        let n = count(&|p| p.themes.contains(&theme.slug));
        routes.extend(pages(n).map(|page| Route::Theme { slug: theme.slug.clone(), page }));
    }
    routes.extend(project_filters(content).into_iter().map(Route::Projects));
    routes.extend(content.projects.iter().map(|p| Route::Project { slug: p.slug.clone() }));
    routes.extend(content.pages.iter().map(|p| Route::Page { slug: p.slug.clone() }));
    routes.push(Route::Search { query: String::new() });
    routes.push(Route::NotFound);
    routes
}

/// The register's filters: none, and every theme and phase alone and together.
fn project_filters(content: &SiteContent) -> Vec<ProjectFilter> {
    let themes = std::iter::once(None).chain(content.themes.iter().map(|t| Some(t.slug.clone())));
    themes
        .flat_map(|theme| {
            std::iter::once(None)
                .chain(Phase::ALL.map(Some))
                .map(move |phase| ProjectFilter { theme: theme.clone(), phase })
        })
        .collect()
}

/// The embed views with their default settings (the latest view's page serves every count,
/// the widget's every height): the editors' page, latest posts, the widget, each post, each
/// theme, and the register with each filter, as the full site has it.
fn embed_routes(content: &SiteContent) -> Vec<Route> {
    use crate::routes::{EmbedView, LATEST_DEFAULT, WIDGET_DEFAULT_HEIGHT};
    let mut views = vec![
        EmbedView::Help,
        EmbedView::Latest { count: LATEST_DEFAULT },
        EmbedView::Widget { height: WIDGET_DEFAULT_HEIGHT },
    ];
    views.extend(project_filters(content).into_iter().map(EmbedView::Projects));
    views.extend(content.themes.iter().map(|t| EmbedView::Theme { slug: t.slug.clone() }));
    views.extend(content.posts.iter().filter_map(|post| {
        match Route::parse(&post_href(post.date, &post.slug), "") {
            Route::Post { year, month, day, slug } => {
                Some(EmbedView::Post { year, month, day, slug })
            }
            _ => None,
        }
    }));
    views.into_iter().map(Route::Embed).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::synthetic_site;
    use crate::content::SyntheticSize;

    #[test]
    fn every_route_has_its_own_file() {
        let site = synthetic_site(SyntheticSize { posts: 57, comments: 0, comments_on_newest: 0 });
        let routes = site_routes(&site);
        let files: BTreeSet<String> = routes.iter().map(Route::file_path).collect();
        assert_eq!(files.len(), routes.len(), "two routes would write the same file");
        assert!(
            files.contains("page/6/index.html") && !files.contains("page/7/index.html"),
            "57 posts, 10 a page"
        );
        assert!(files.contains("projects/filter/openness-live/index.html"));
        assert!(files.contains("404.html"));
    }
}
