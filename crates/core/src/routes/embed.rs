//! The views other sites embed, under `/embed/`: without the site's header and footer, and
//! with links that open in the page around them.

use super::{encode_query_value, is_slug, parse_query, ProjectFilter, Route};
use crate::model::Phase;

/// How many posts "latest" shows unless asked: the default and the most.
pub const LATEST_DEFAULT: u32 = 5;
pub const LATEST_MAX: u32 = 10;
/// The fixed-height widget's height in CSS pixels: the default and the range.
pub const WIDGET_DEFAULT_HEIGHT: u32 = 320;
pub const WIDGET_HEIGHTS: std::ops::RangeInclusive<u32> = 160..=1200;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmbedView {
    /// The page for editors: each view's snippet, with a live preview.
    Help,
    Latest {
        count: u32,
    },
    Post {
        year: i32,
        month: u8,
        day: u8,
        slug: String,
    },
    Theme {
        slug: String,
    },
    Projects(ProjectFilter),
    /// Latest posts in a fixed height, for hosts that allow an iframe but no script.
    Widget {
        height: u32,
    },
}

impl EmbedView {
    /// Reads the path after `/embed/` (as segments) and the query.
    pub fn parse(segments: &[&str], query: &str) -> Option<EmbedView> {
        let params = parse_query(query);
        let param = |name: &str| params.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
        let number = |name: &str| param(name).and_then(|v| v.parse::<u32>().ok());
        match segments {
            [] => Some(EmbedView::Help),
            ["latest"] => Some(EmbedView::Latest {
                count: number("count").unwrap_or(LATEST_DEFAULT).clamp(1, LATEST_MAX),
            }),
            ["widget"] => Some(EmbedView::Widget {
                height: number("height")
                    .unwrap_or(WIDGET_DEFAULT_HEIGHT)
                    .clamp(*WIDGET_HEIGHTS.start(), *WIDGET_HEIGHTS.end()),
            }),
            ["themes", slug] => {
                crate::slug::slug_from_address(slug).map(|slug| EmbedView::Theme { slug })
            }
            ["projects"] => Some(EmbedView::Projects(ProjectFilter {
                theme: param("theme").filter(|t| is_slug(t)).map(str::to_owned),
                phase: param("phase").and_then(Phase::from_slug),
            })),
            // The file a filter's view is pre-rendered to, read at its own address.
            ["projects", "filter", combination] => {
                match Route::parse(&format!("/projects/filter/{combination}/"), "") {
                    Route::Projects(filter) => Some(EmbedView::Projects(filter)),
                    _ => None,
                }
            }
            [_, _, _, _] => match Route::parse(&format!("/{}/", segments.join("/")), "") {
                Route::Post { year, month, day, slug } => {
                    Some(EmbedView::Post { year, month, day, slug })
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The address of this view, relative to the site's base.
    pub fn href(&self) -> String {
        match self {
            EmbedView::Help => "/embed/".to_owned(),
            EmbedView::Latest { count } => format!("/embed/latest/?count={count}"),
            EmbedView::Widget { height } => format!("/embed/widget/?height={height}"),
            EmbedView::Theme { slug } => format!("/embed/themes/{slug}/"),
            EmbedView::Projects(filter) => {
                let register = Route::Projects(filter.clone()).href();
                format!("/embed{register}")
            }
            EmbedView::Post { year, month, day, slug } => {
                format!("/embed/{year:04}/{month:02}/{day:02}/{slug}/")
            }
        }
    }

    /// The embed view of a page of the full site, for links followed inside the frame: a post,
    /// a theme, the register, and the home page as the latest posts.
    pub fn for_route(route: &Route) -> Option<EmbedView> {
        match route {
            Route::Home { .. } => Some(EmbedView::Latest { count: LATEST_DEFAULT }),
            Route::Post { year, month, day, slug } => {
                Some(EmbedView::Post { year: *year, month: *month, day: *day, slug: slug.clone() })
            }
            Route::Theme { slug, .. } => Some(EmbedView::Theme { slug: slug.clone() }),
            Route::Projects(filter) => Some(EmbedView::Projects(filter.clone())),
            _ => None,
        }
    }

    /// The page this view shows on the full site, for its "see it on the blog" link.
    pub fn full_page(&self) -> Route {
        match self {
            EmbedView::Help | EmbedView::Latest { .. } | EmbedView::Widget { .. } => {
                Route::Home { page: 1 }
            }
            EmbedView::Post { year, month, day, slug } => {
                Route::Post { year: *year, month: *month, day: *day, slug: slug.clone() }
            }
            EmbedView::Theme { slug } => Route::Theme { slug: slug.clone(), page: 1 },
            EmbedView::Projects(filter) => Route::Projects(filter.clone()),
        }
    }
}

/// `address` with the frame's own settings (`frame`, `links`) added to its query, each value
/// encoded, so that a value holding `&`, `#` or a space stays one value.
pub fn with_frame_settings(address: &str, settings: &[(&str, String)]) -> String {
    let mut out = address.to_owned();
    for (name, value) in settings {
        out.push(if out.contains('?') { '&' } else { '?' });
        out.push_str(&encode_query_value(name));
        out.push('=');
        out.push_str(&encode_query_value(value));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_settings_keep_values_with_ampersands_hashes_and_spaces_whole() {
        let settings = [("frame", "a&b #c=d".to_owned()), ("links", "frame".to_owned())];
        let address = with_frame_settings("/embed/latest/?count=3", &settings);
        assert_eq!(address, "/embed/latest/?count=3&frame=a%26b+%23c%3Dd&links=frame");
        let query = address.split_once('?').unwrap().1;
        assert_eq!(
            parse_query(query),
            [
                ("count".to_owned(), "3".to_owned()),
                ("frame".to_owned(), "a&b #c=d".to_owned()),
                ("links".to_owned(), "frame".to_owned())
            ]
        );
        assert_eq!(with_frame_settings("/embed/", &[]), "/embed/");
        assert_eq!(
            with_frame_settings("/embed/", &[("links", "frame".into())]),
            "/embed/?links=frame"
        );
    }

    fn parse(address: &str) -> Route {
        let (path, query) = address.split_once('?').unwrap_or((address, ""));
        Route::parse(path, query)
    }

    #[test]
    fn every_view_reads_back_from_its_address() {
        let views = [
            EmbedView::Help,
            EmbedView::Latest { count: 3 },
            EmbedView::Widget { height: 400 },
            EmbedView::Theme { slug: "openness".into() },
            EmbedView::Projects(ProjectFilter { theme: Some("openness".into()), phase: None }),
            EmbedView::Projects(ProjectFilter::default()),
            EmbedView::Post { year: 2014, month: 10, day: 10, slug: "an-update".into() },
        ];
        for view in views {
            assert_eq!(parse(&view.href()), Route::Embed(view.clone()), "{}", view.href());
        }
    }

    #[test]
    fn each_register_filter_has_its_own_file_which_reads_back_as_the_view() {
        let view = |theme: Option<&str>, phase| {
            Route::Embed(EmbedView::Projects(ProjectFilter {
                theme: theme.map(str::to_owned),
                phase,
            }))
        };
        let cases = [
            (view(None, None), "embed/projects/index.html"),
            (
                view(Some("openness"), Some(Phase::Live)),
                "embed/projects/filter/openness-live/index.html",
            ),
            (view(None, Some(Phase::Beta)), "embed/projects/filter/-beta/index.html"),
            (view(Some("openness"), None), "embed/projects/filter/openness-/index.html"),
        ];
        for (route, file) in cases {
            assert_eq!(route.file_path(), file);
            assert_eq!(
                parse(&format!("/{}", file.trim_end_matches("index.html"))),
                route,
                "{file}"
            );
        }
        assert_eq!(parse("/embed/projects/filter/openness-gamma/"), Route::NotFound);
    }

    #[test]
    fn counts_and_heights_stay_in_range() {
        assert_eq!(parse("/embed/latest/"), Route::Embed(EmbedView::Latest { count: 5 }));
        assert_eq!(
            parse("/embed/latest/?count=500"),
            Route::Embed(EmbedView::Latest { count: 10 })
        );
        assert_eq!(parse("/embed/latest/?count=x"), Route::Embed(EmbedView::Latest { count: 5 }));
        assert_eq!(
            parse("/embed/widget/?height=5"),
            Route::Embed(EmbedView::Widget { height: 160 })
        );
        assert_eq!(parse("/embed/nothing/"), Route::NotFound);
        assert_eq!(parse("/embed/2014/10/x/"), Route::NotFound);
    }
}
