//! The blog's URLs: one enum of every page, parsed from and written to paths.
//!
//! Paths keep WordPress's permalink shapes so links to an existing blog keep working.
//! Paths here are relative to the site's base path and end in `/`.

mod embed;
mod query;

pub use embed::{
    with_frame_settings, EmbedView, LATEST_DEFAULT, LATEST_MAX, WIDGET_DEFAULT_HEIGHT,
    WIDGET_HEIGHTS,
};
pub use query::{encode_query_value, parse_query};

use crate::model::{Phase, Timestamp};
pub use crate::slug::is_slug;
use crate::slug::slug_from_address;

/// Every page of the blog. `page` counts from 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home {
        page: u32,
    },
    /// One post, by its UK publication date and slug.
    Post {
        year: i32,
        month: u8,
        day: u8,
        slug: String,
    },
    Category {
        slug: String,
        page: u32,
    },
    Tag {
        slug: String,
        page: u32,
    },
    Author {
        slug: String,
        page: u32,
    },
    Month {
        year: i32,
        month: u8,
        page: u32,
    },
    Archives,
    Themes,
    Theme {
        slug: String,
        page: u32,
    },
    Projects(ProjectFilter),
    Project {
        slug: String,
    },
    /// A standalone page such as `/accessibility/`.
    Page {
        slug: String,
    },
    /// Search results for `query` (empty: the search form alone).
    Search {
        query: String,
    },
    /// Reading offline: what is saved on this device, and saving the whole blog.
    Offline,
    /// A view for other sites to embed, under `/embed/`.
    Embed(EmbedView),
    NotFound,
}

/// The project register's filters, as its URL's query carries them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProjectFilter {
    pub theme: Option<String>,
    pub phase: Option<Phase>,
}

/// First path segments that name a kind of page, so no standalone page may use them.
pub const RESERVED_SLUGS: [&str; 14] = [
    "archives", "author", "category", "data", "embed", "feeds", "icons", "images", "offline",
    "page", "projects", "search", "tag", "themes",
];

impl Route {
    /// Reads a path such as `/2014/10/10/an-update/` and a query such as `theme=openness`.
    ///
    /// A list's later pages are `…/page/2/` (as WordPress writes them, and as files on a static
    /// host); `?page=2` is read too. The project register's filters are read from the query,
    /// or from `/projects/filter/{theme}-{phase}/`, the file a static host serves for them.
    /// Slugs are read in any percent-encoding (`/tag/caf%C3%A9/`, `/tag/caf%c3%a9/`).
    pub fn parse(path: &str, query: &str) -> Route {
        let mut segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        if segments.first() == Some(&"embed") {
            return EmbedView::parse(&segments[1..], query).map_or(Route::NotFound, Route::Embed);
        }
        let params = parse_query(query);
        let param = |name: &str| {
            params.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
        };
        let mut page = param("page");
        if let [.., "page", n] = *segments.as_slice() {
            if page.is_some() {
                return Route::NotFound;
            }
            page = Some(n);
            segments.truncate(segments.len() - 2);
            if n == "1" {
                // `/page/1/` is not an address the site writes: page 1 is the list itself.
                return Route::NotFound;
            }
        }
        let Some(page) = page_number(page) else {
            return Route::NotFound;
        };
        let slug = |s: &str| slug_from_address(s);
        let route = match segments.as_slice() {
            [] => Some(Route::Home { page }),
            ["category", s] => slug(s).map(|slug| Route::Category { slug, page }),
            ["tag", s] => slug(s).map(|slug| Route::Tag { slug, page }),
            ["author", s] => slug(s).map(|slug| Route::Author { slug, page }),
            ["archives"] => Some(Route::Archives),
            ["themes"] => Some(Route::Themes),
            ["themes", s] => slug(s).map(|slug| Route::Theme { slug, page }),
            ["projects"] => Some(Route::Projects(ProjectFilter {
                theme: param("theme").filter(|t| is_slug(t)).map(str::to_owned),
                phase: param("phase").and_then(Phase::from_slug),
            })),
            ["projects", "filter", pair] => {
                // No phase's slug has a hyphen, so the last one parts the two, whatever
                // hyphens the theme's slug has.
                let (theme, phase) = pair.rsplit_once('-').unwrap_or((*pair, ""));
                let theme = (!theme.is_empty()).then(|| slug_from_address(theme));
                let filter = ProjectFilter {
                    theme: theme.clone().flatten(),
                    phase: Phase::from_slug(phase),
                };
                let theme_valid = theme.is_none_or(|t| t.is_some());
                let valid = theme_valid
                    && (phase.is_empty() || filter.phase.is_some())
                    && filter != ProjectFilter::default();
                valid.then_some(Route::Projects(filter))
            }
            ["projects", s] => slug(s).map(|slug| Route::Project { slug }),
            ["offline"] => Some(Route::Offline),
            ["search"] => Some(Route::Search { query: param("q").unwrap_or("").trim().to_owned() }),
            [year, month] => match (number(year, 4), number(month, 2)) {
                (Some(year), Some(month)) if (1..=12).contains(&month) => {
                    Some(Route::Month { year, month, page })
                }
                _ => None,
            },
            [year, month, day, s] => match (number(year, 4), number(month, 2), number(day, 2)) {
                (Some(year), Some(month), Some(day)) => {
                    slug(s).map(|slug| Route::Post { year, month, day, slug })
                }
                _ => None,
            },
            [s] if !RESERVED_SLUGS.contains(s) => slug(s).map(|slug| Route::Page { slug }),
            _ => None,
        };
        route.unwrap_or(Route::NotFound)
    }

    /// The path (and query) of this page, relative to the site's base.
    pub fn href(&self) -> String {
        match self {
            Route::Home { page } => with_page("/".to_owned(), *page),
            Route::Post { year, month, day, slug } => {
                format!("/{year:04}/{month:02}/{day:02}/{slug}/")
            }
            Route::Category { slug, page } => with_page(format!("/category/{slug}/"), *page),
            Route::Tag { slug, page } => with_page(format!("/tag/{slug}/"), *page),
            Route::Author { slug, page } => with_page(format!("/author/{slug}/"), *page),
            Route::Month { year, month, page } => {
                with_page(format!("/{year:04}/{month:02}/"), *page)
            }
            Route::Archives => "/archives/".to_owned(),
            Route::Themes => "/themes/".to_owned(),
            Route::Theme { slug, page } => with_page(format!("/themes/{slug}/"), *page),
            Route::Projects(filter) => {
                let mut query = Vec::new();
                if let Some(theme) = &filter.theme {
                    query.push(format!("theme={}", encode_query_value(theme)));
                }
                if let Some(phase) = filter.phase {
                    query.push(format!("phase={}", phase.slug()));
                }
                if query.is_empty() {
                    "/projects/".to_owned()
                } else {
                    format!("/projects/?{}", query.join("&"))
                }
            }
            Route::Project { slug } => format!("/projects/{slug}/"),
            Route::Page { slug } => format!("/{slug}/"),
            Route::Search { query } if query.is_empty() => "/search/".to_owned(),
            Route::Search { query } => format!("/search/?q={}", encode_query_value(query)),
            Route::Offline => "/offline/".to_owned(),
            Route::Embed(view) => view.href(),
            Route::NotFound => "/".to_owned(),
        }
    }

    /// The same list at another page number; other routes are returned unchanged.
    pub fn with_page(&self, page: u32) -> Route {
        let mut route = self.clone();
        match &mut route {
            Route::Home { page: p }
            | Route::Category { page: p, .. }
            | Route::Tag { page: p, .. }
            | Route::Author { page: p, .. }
            | Route::Month { page: p, .. }
            | Route::Theme { page: p, .. } => *p = page,
            _ => {}
        }
        route
    }
}

impl Route {
    /// A page that is read rather than used: everything in it is in its pre-rendered copy, so
    /// a reader gets there from another such page by fetching that copy (src/reading), not
    /// by starting the app. Search and the offline page work only in the app; embed views
    /// live in another site's frame; an address that is no page has no copy to fetch.
    pub fn is_reading_page(&self) -> bool {
        !matches!(self, Route::Search { .. } | Route::Offline | Route::Embed(_) | Route::NotFound)
    }

    /// Where a pre-rendered copy of this page lives in the built site, such as
    /// `2014/10/10/an-update/index.html`: a file per address, so any static host serves it.
    pub fn file_path(&self) -> String {
        match self {
            Route::NotFound => "404.html".to_owned(),
            Route::Search { .. } => "search/index.html".to_owned(),
            Route::Embed(EmbedView::Latest { .. }) => "embed/latest/index.html".to_owned(),
            Route::Embed(EmbedView::Widget { .. }) => "embed/widget/index.html".to_owned(),
            Route::Embed(EmbedView::Projects(filter)) => format!("embed/{}", filter.file_path()),
            Route::Projects(filter) => filter.file_path(),
            route => format!("{}index.html", route.href().trim_start_matches('/')),
        }
    }
}

impl ProjectFilter {
    /// The register's file for this filter: `projects/index.html` with none, else one per
    /// combination, which the server maps the filter form's query onto (deploy/nginx.conf).
    fn file_path(&self) -> String {
        if *self == ProjectFilter::default() {
            return "projects/index.html".to_owned();
        }
        format!(
            "projects/filter/{}-{}/index.html",
            self.theme.as_deref().unwrap_or(""),
            self.phase.map(Phase::slug).unwrap_or("")
        )
    }
}

/// The permalink of a post published at `date` (in UK time, as WordPress on a UK site does).
pub fn post_href(date: Timestamp, slug: &str) -> String {
    let t = date.uk();
    Route::Post { year: t.year, month: t.month, day: t.day, slug: slug.to_owned() }.href()
}

fn with_page(path: String, page: u32) -> String {
    if page <= 1 {
        path
    } else {
        format!("{path}page/{page}/")
    }
}

fn number<T: std::str::FromStr>(text: &str, width: usize) -> Option<T> {
    (text.len() == width && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// No `page` means page 1; anything but a whole number from 1 is not a page.
fn page_number(value: Option<&str>) -> Option<u32> {
    match value {
        None => Some(1),
        Some(value) => value.parse().ok().filter(|page| *page >= 1),
    }
}

#[cfg(test)]
mod tests;
