use super::*;

fn parse(href: &str) -> Route {
    let (path, query) = href.split_once('?').unwrap_or((href, ""));
    Route::parse(path, query)
}

#[test]
fn parses_the_home_page_and_its_pages() {
    assert_eq!(parse("/"), Route::Home { page: 1 });
    assert_eq!(Route::parse("", "?page=3"), Route::Home { page: 3 });
    assert_eq!(parse("/?utm=x&page=2"), Route::Home { page: 2 });
    assert_eq!(parse("/page/2/"), Route::Home { page: 2 });
    assert_eq!(
        parse("/category/strategy/page/3/"),
        Route::Category { slug: "strategy".into(), page: 3 }
    );
    assert_eq!(parse("/2014/10/page/2/"), Route::Month { year: 2014, month: 10, page: 2 });
    assert_eq!(parse("/?page=0"), Route::NotFound);
    assert_eq!(parse("/?page=two"), Route::NotFound);
    assert_eq!(parse("/page/1/"), Route::NotFound, "page 1 is the list itself");
    assert_eq!(parse("/page/2/?page=3"), Route::NotFound);
}

#[test]
fn parses_a_post_permalink_with_or_without_the_trailing_slash() {
    let expected = Route::Post { year: 2014, month: 10, day: 10, slug: "an-update".into() };
    assert_eq!(parse("/2014/10/10/an-update/"), expected);
    assert_eq!(parse("/2014/10/10/an-update"), expected);
}

#[test]
fn parses_every_list_and_page() {
    let cases = [
        ("/category/strategy/", Route::Category { slug: "strategy".into(), page: 1 }),
        ("/category/strategy/page/2/", Route::Category { slug: "strategy".into(), page: 2 }),
        ("/tag/open-data/", Route::Tag { slug: "open-data".into(), page: 1 }),
        ("/author/head-of-digital/", Route::Author { slug: "head-of-digital".into(), page: 1 }),
        ("/2014/10/", Route::Month { year: 2014, month: 10, page: 1 }),
        ("/archives/", Route::Archives),
        ("/themes/", Route::Themes),
        ("/themes/openness/page/3/", Route::Theme { slug: "openness".into(), page: 3 }),
        ("/projects/", Route::Projects(ProjectFilter::default())),
        ("/projects/open-board-papers/", Route::Project { slug: "open-board-papers".into() }),
        ("/accessibility/", Route::Page { slug: "accessibility".into() }),
    ];
    for (href, route) in cases {
        assert_eq!(parse(href), route, "{href}");
    }
}

#[test]
fn project_filters_come_from_the_query_and_bad_values_are_dropped() {
    assert_eq!(
        parse("/projects/?theme=openness&phase=beta"),
        Route::Projects(ProjectFilter { theme: Some("openness".into()), phase: Some(Phase::Beta) })
    );
    assert_eq!(
        parse("/projects/?theme=&phase=gamma"),
        Route::Projects(ProjectFilter { theme: None, phase: None })
    );
    assert_eq!(parse("/projects/?theme=%3Cscript%3E"), Route::Projects(ProjectFilter::default()));
}

#[test]
fn anything_else_is_not_found() {
    for path in [
        "/2014/10/10/",
        "/14/10/10/x/",
        "/2014/1/10/x/",
        "/2014/13/",
        "/2014/10/10/../",
        "/2014/10/10/Upper/",
        "/2014/10/10/x/y/",
        "/category/",
        "/category/a/b/",
        "/tag/Caps/",
        "/projects/a/b/",
        "/search/extra/",
        "/category/",
        "/Upper/",
    ] {
        assert_eq!(parse(path), Route::NotFound, "{path}");
    }
}

#[test]
fn reserved_words_are_never_standalone_pages() {
    for slug in RESERVED_SLUGS {
        assert!(!matches!(parse(&format!("/{slug}/")), Route::Page { .. }), "{slug}");
    }
}

#[test]
fn writes_hrefs_that_parse_back() {
    let routes = [
        Route::Home { page: 1 },
        Route::Home { page: 4 },
        Route::Post { year: 2014, month: 10, day: 10, slug: "an-update".into() },
        Route::Category { slug: "strategy".into(), page: 2 },
        Route::Tag { slug: "open-data".into(), page: 1 },
        Route::Author { slug: "head-of-digital".into(), page: 3 },
        Route::Month { year: 2015, month: 1, page: 1 },
        Route::Archives,
        Route::Themes,
        Route::Theme { slug: "evidence".into(), page: 2 },
        Route::Projects(ProjectFilter { theme: Some("evidence".into()), phase: Some(Phase::Live) }),
        Route::Projects(ProjectFilter { theme: None, phase: Some(Phase::Alpha) }),
        Route::Project { slug: "x".into() },
        Route::Page { slug: "cookies".into() },
        Route::Offline,
    ];
    for route in routes {
        assert_eq!(parse(&route.href()), route, "{}", route.href());
    }
}

#[test]
fn page_one_has_no_query() {
    assert_eq!(Route::Category { slug: "a".into(), page: 1 }.href(), "/category/a/");
    assert_eq!(Route::Home { page: 2 }.with_page(1).href(), "/");
    assert_eq!(
        Route::Month { year: 2014, month: 10, page: 1 }.with_page(2).href(),
        "/2014/10/page/2/"
    );
}

#[test]
fn a_post_permalink_uses_its_uk_date() {
    let date = Timestamp::parse("2014-06-30T23:30:00Z").unwrap();
    assert_eq!(post_href(date, "late-night"), "/2014/07/01/late-night/");
}

#[test]
fn project_filters_have_files_a_static_host_can_serve() {
    let filter = |theme: Option<&str>, phase| {
        Route::Projects(ProjectFilter { theme: theme.map(str::to_owned), phase })
    };
    let cases = [
        (filter(Some("openness"), Some(Phase::Beta)), "projects/filter/openness-beta/index.html"),
        (filter(Some("openness"), None), "projects/filter/openness-/index.html"),
        (filter(None, Some(Phase::Live)), "projects/filter/-live/index.html"),
    ];
    for (route, file) in cases {
        assert_eq!(route.file_path(), file);
        let path = format!("/{}", file.trim_end_matches("index.html"));
        assert_eq!(parse(&path), route, "{path}");
    }
    assert_eq!(filter(None, None).file_path(), "projects/index.html");
    assert_eq!(parse("/projects/filter/-/"), Route::NotFound);
    assert_eq!(parse("/projects/filter/openness-gamma/"), Route::NotFound);
}

#[test]
fn every_page_has_a_file() {
    assert_eq!(Route::Home { page: 1 }.file_path(), "index.html");
    assert_eq!(Route::Home { page: 2 }.file_path(), "page/2/index.html");
    assert_eq!(
        Route::Post { year: 2014, month: 10, day: 10, slug: "a".into() }.file_path(),
        "2014/10/10/a/index.html"
    );
    assert_eq!(Route::NotFound.file_path(), "404.html");
    assert_eq!(Route::Search { query: "x".into() }.file_path(), "search/index.html");
}
