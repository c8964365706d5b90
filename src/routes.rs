//! The blog's URLs: one enum of every page, parsed from and written to paths.
//!
//! Paths keep WordPress's permalink shapes so links to an existing blog keep working.
//! Paths here are relative to the site's base path and always end in `/`.

use crate::model::Timestamp;

/// Every page of the blog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The latest posts; `page` counts from 1.
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
    NotFound,
}

impl Route {
    /// Reads a path such as `/2014/10/10/an-update/` and a query such as `page=2`.
    pub fn parse(path: &str, query: &str) -> Route {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => match page_number(query) {
                Some(page) => Route::Home { page },
                None => Route::NotFound,
            },
            [year, month, day, slug] => {
                let date = (
                    number::<i32>(year, 4),
                    number::<u8>(month, 2),
                    number::<u8>(day, 2),
                );
                match date {
                    (Some(year), Some(month), Some(day)) if is_slug(slug) => Route::Post {
                        year,
                        month,
                        day,
                        slug: (*slug).to_owned(),
                    },
                    _ => Route::NotFound,
                }
            }
            _ => Route::NotFound,
        }
    }

    /// The path of this page, relative to the site's base.
    pub fn href(&self) -> String {
        match self {
            Route::Home { page: 1 } | Route::NotFound => "/".to_owned(),
            Route::Home { page } => format!("/?page={page}"),
            Route::Post {
                year,
                month,
                day,
                slug,
            } => {
                format!("/{year:04}/{month:02}/{day:02}/{slug}/")
            }
        }
    }
}

/// The permalink of a post published at `date` (in UK time, as WordPress on a UK site does).
pub fn post_href(date: Timestamp, slug: &str) -> String {
    let t = date.uk();
    Route::Post {
        year: t.year,
        month: t.month,
        day: t.day,
        slug: slug.to_owned(),
    }
    .href()
}

/// Slugs are lower-case ASCII words joined by hyphens, which also makes them safe to put in
/// a data file's URL.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

fn number<T: std::str::FromStr>(text: &str, width: usize) -> Option<T> {
    (text.len() == width && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// `page=N` from a query string; no `page` means page 1. Anything else is not a page.
fn page_number(query: &str) -> Option<u32> {
    let value = query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("page="));
    match value {
        None => Some(1),
        Some(value) => value.parse().ok().filter(|page| *page >= 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_home_page_and_its_pages() {
        assert_eq!(Route::parse("/", ""), Route::Home { page: 1 });
        assert_eq!(Route::parse("", "?page=3"), Route::Home { page: 3 });
        assert_eq!(Route::parse("/", "utm=x&page=2"), Route::Home { page: 2 });
        assert_eq!(Route::parse("/", "page=0"), Route::NotFound);
        assert_eq!(Route::parse("/", "page=two"), Route::NotFound);
    }

    #[test]
    fn parses_a_post_permalink_with_or_without_the_trailing_slash() {
        let expected = Route::Post {
            year: 2014,
            month: 10,
            day: 10,
            slug: "an-update".into(),
        };
        assert_eq!(Route::parse("/2014/10/10/an-update/", ""), expected);
        assert_eq!(Route::parse("/2014/10/10/an-update", ""), expected);
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in [
            "/2014/10/10/",
            "/14/10/10/x/",
            "/2014/1/10/x/",
            "/2014/10/10/../",
            "/2014/10/10/Upper/",
            "/2014/10/10/x/y/",
            "/nope/",
        ] {
            assert_eq!(Route::parse(path, ""), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn writes_paths_that_parse_back() {
        for route in [
            Route::Home { page: 1 },
            Route::Home { page: 4 },
            Route::Post {
                year: 2014,
                month: 10,
                day: 10,
                slug: "an-update".into(),
            },
        ] {
            let href = route.href();
            let (path, query) = href.split_once('?').unwrap_or((&href, ""));
            assert_eq!(Route::parse(path, query), route, "{href}");
        }
    }

    #[test]
    fn a_post_permalink_uses_its_uk_date() {
        let date = Timestamp::parse("2014-06-30T23:30:00Z").unwrap();
        assert_eq!(post_href(date, "late-night"), "/2014/07/01/late-night/");
    }
}
