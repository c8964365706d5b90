use super::*;

fn parse(href: &str) -> Route {
    let (path, query) = href.split_once('?').unwrap_or((href, ""));
    Route::parse(path, query)
}

#[test]
fn reading_pages_are_those_read_from_their_pre_rendered_copy() {
    for href in [
        "/",
        "/page/2/",
        "/2014/10/10/an-update-to-our-digital-strategy/",
        "/category/strategy/",
        "/tag/open-data/",
        "/author/head-of-digital/",
        "/2015/11/",
        "/archives/",
        "/themes/",
        "/themes/openness/",
        "/projects/",
        "/projects/?theme=openness&phase=live",
        "/projects/example-project/",
        "/accessibility/",
    ] {
        assert!(parse(href).is_reading_page(), "{href}");
    }
    for href in [
        "/search/",
        "/search/?q=strategy",
        "/offline/",
        "/embed/latest/",
        "/embed/",
        "/no/such/page/",
    ] {
        assert!(!parse(href).is_reading_page(), "{href}");
    }
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
        (
            filter(Some("joined-up-care"), Some(Phase::Live)),
            "projects/filter/joined-up-care-live/index.html",
        ),
        (filter(Some("joined-up-care"), None), "projects/filter/joined-up-care-/index.html"),
        (filter(Some("care-"), Some(Phase::Alpha)), "projects/filter/care--alpha/index.html"),
        (filter(Some("soins-à-domicile"), None), "projects/filter/soins-à-domicile-/index.html"),
    ];
    for (route, file) in cases {
        assert_eq!(route.file_path(), file);
        let path = format!("/{}", file.trim_end_matches("index.html"));
        assert_eq!(parse(&path), route, "{path}");
    }
    assert_eq!(filter(None, None).file_path(), "projects/index.html");
    assert_eq!(parse("/projects/filter/-/"), Route::NotFound);
    assert_eq!(parse("/projects/filter/openness-gamma/"), Route::NotFound);
    assert_eq!(parse("/projects/filter/joined-up-care/"), Route::NotFound, "no such phase: care");
}

#[test]
fn no_phase_slug_has_a_hyphen_so_filter_addresses_part_at_the_last() {
    for phase in Phase::ALL {
        assert!(!phase.slug().contains('-'), "{phase:?}");
    }
}

#[test]
fn non_ascii_slugs_are_read_in_any_percent_encoding() {
    let tag = |slug: &str| Route::Tag { slug: slug.into(), page: 1 };
    assert_eq!(parse("/tag/café/"), tag("café"));
    assert_eq!(parse("/tag/caf%C3%A9/"), tag("café"));
    assert_eq!(parse("/tag/caf%c3%a9/"), tag("café"));
    let wordpress = "%d0%97%d0%b4%d0%be%d1%80%d0%be%d0%b2%d1%8c%d0%b5";
    assert_eq!(parse(&format!("/tag/{wordpress}/")), tag("Здоровье"));
    assert_eq!(parse(&format!("/tag/{}/", wordpress.to_uppercase())), tag("Здоровье"));
    assert_eq!(
        parse("/category/sant%C3%A9/page/2/"),
        Route::Category { slug: "santé".into(), page: 2 }
    );
    assert_eq!(
        parse("/2014/10/10/%C3%A9t%C3%A9/"),
        Route::Post { year: 2014, month: 10, day: 10, slug: "été".into() }
    );
    assert_eq!(parse("/tag/a%2Fb/"), Route::NotFound);
    assert_eq!(parse("/tag/Open/"), Route::NotFound);
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

#[cfg(not(target_arch = "wasm32"))]
mod generated {
    use proptest::prelude::*;

    use super::*;

    fn slug() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-z0-9][a-z0-9_-]{0,12}",
            "[a-z]{0,3}[àéîõüçßøæЗздоровье日本語😀]{1,4}[a-z-]{0,3}",
        ]
    }

    fn route() -> impl Strategy<Value = Route> {
        let page = 1u32..40;
        let phase = proptest::option::of(proptest::sample::select(Phase::ALL.to_vec()));
        prop_oneof![
            page.clone().prop_map(|page| Route::Home { page }),
            (1000i32..9999, 1u8..=12, 1u8..=31, slug())
                .prop_map(|(year, month, day, slug)| Route::Post { year, month, day, slug }),
            (slug(), page.clone()).prop_map(|(slug, page)| Route::Category { slug, page }),
            (slug(), page.clone()).prop_map(|(slug, page)| Route::Tag { slug, page }),
            (slug(), page.clone()).prop_map(|(slug, page)| Route::Author { slug, page }),
            (1000i32..9999, 1u8..=12, page.clone()).prop_map(|(year, month, page)| Route::Month {
                year,
                month,
                page
            }),
            (slug(), page).prop_map(|(slug, page)| Route::Theme { slug, page }),
            (proptest::option::of(slug()), phase)
                .prop_map(|(theme, phase)| Route::Projects(ProjectFilter { theme, phase })),
            slug().prop_map(|slug| Route::Project { slug }),
            slug()
                .prop_filter("a reserved name", |s| !RESERVED_SLUGS.contains(&s.as_str()))
                .prop_map(|slug| Route::Page { slug }),
            "\\PC{0,20}".prop_map(|query| Route::Search { query: query.trim().to_owned() }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]

        #[test]
        fn any_path_and_query_parse_without_panicking(path in "\\PC{0,60}", query in "\\PC{0,30}") {
            let _ = Route::parse(&path, &query);
        }

        #[test]
        fn any_percent_encoding_parses_without_panicking(
            segments in proptest::collection::vec("(%[0-9a-fA-F]{2}|%|[a-z0-9/-]){0,12}", 0..6)
        ) {
            let _ = Route::parse(&format!("/{}/", segments.join("/")), "");
        }

        #[test]
        fn every_route_is_read_back_from_its_address(route in route()) {
            prop_assert_eq!(parse(&route.href()), route.clone(), "{}", route.href());
            // The file a static host serves for it is the same address, percent-encoded.
            if !matches!(route, Route::Search { .. }) {
                let file = route.file_path();
                let dir = format!("/{}", file.trim_end_matches("index.html"));
                let encoded = crate::slug::encode_path(&dir);
                let (path, query) = route.href().split_once('?').map_or(
                    (route.href(), String::new()),
                    |(p, q)| (p.to_owned(), q.to_owned()),
                );
                if query.is_empty() {
                    prop_assert_eq!(dir, path);
                }
                prop_assert_eq!(parse(&encoded), route.clone(), "{}", encoded);
            }
        }
    }
}
