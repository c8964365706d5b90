use super::*;
use crate::content::content_hash;
use crate::content::{
    Government, Origin, SourceAuthor, SourceCategory, SourceComment, SourceProject, SourceTheme,
};
use crate::model::{decode_data_file, Phase, Timestamp};

fn ts(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

fn post(slug: &str, date: &str, themes: &[&str], projects: &[&str]) -> SourcePost {
    SourcePost {
        lines: Default::default(),
        body_line: 1,
        origin: format!("content/posts/{slug}.md"),
        slug: slug.into(),
        title: format!("Title of {slug}"),
        date: ts(date),
        authors: vec!["head-of-digital".into()],
        categories: vec!["strategy".into()],
        tags: vec!["Open data".into(), "open data".into()],
        themes: themes.iter().map(|s| s.to_string()).collect(),
        projects: projects.iter().map(|s| s.to_string()).collect(),
        comments_open: false,
        summary: None,
        previous_government: None,
        tag_slugs: Vec::new(),
        body_format: crate::model::BodyFormat::Markdown,
        body: format!("First paragraph of {slug}.\n\nSecond."),
    }
}

fn content() -> SiteContent {
    let mut content = SiteContent {
        settings: crate::model::SiteSettings {
            title: "Blog".into(),
            department: "Department".into(),
            description: "About things".into(),
            url: Some("https://blog.example.org".into()),
            ..Default::default()
        },
        posts_per_page: 2,
        governments: vec![
            Government { name: "Coalition".into(), from: ts("2010-05-12") },
            Government { name: "Current".into(), from: ts("2015-05-08") },
        ],
        authors: vec![SourceAuthor {
            origin: Origin::default(),
            slug: "head-of-digital".into(),
            name: "Head of Digital".into(),
            bio: String::new(),
        }],
        categories: vec![SourceCategory {
            origin: Origin::default(),
            slug: "strategy".into(),
            name: "Strategy".into(),
            description: String::new(),
        }],
        themes: vec![
            SourceTheme {
                origin: Origin::default(),
                slug: "openness".into(),
                name: "Openness".into(),
                meaning: "m".into(),
                description: String::new(),
            },
            SourceTheme {
                origin: Origin::default(),
                slug: "evidence".into(),
                name: "Evidence".into(),
                meaning: "m".into(),
                description: String::new(),
            },
        ],
        projects: vec![SourceProject {
            origin: Origin::default(),
            slug: "p1".into(),
            name: "Project one".into(),
            summary: "s".into(),
            theme: "openness".into(),
            phase: Phase::Beta,
            team: "Digital".into(),
            url: "https://p1.example.org/".into(),
            description: String::new(),
        }],
        posts: vec![
            post("oldest", "2014-10-10T09:00:00Z", &["openness"], &["p1"]),
            post("middle", "2014-11-03T09:00:00Z", &["evidence"], &[]),
            post("newest", "2015-06-01T09:00:00Z", &["openness"], &["p1"]),
        ],
        ..SiteContent::default()
    };
    content.comments.insert(
        "oldest".into(),
        vec![SourceComment {
            origin: Origin::default(),
            id: 1,
            parent: None,
            author: "a".into(),
            date: ts("2014-10-11"),
            body: "b".into(),
        }],
    );
    content
}

fn find<'a>(files: &'a [OutputFile], path: &str) -> &'a str {
    &files.iter().find(|f| f.path == path).unwrap_or_else(|| panic!("no {path}")).contents
}

#[test]
fn lists_are_paged_newest_first() {
    let files = build_site(&content());
    let page1: ListPage = decode_data_file(find(&files, "data/lists/home/1.json")).unwrap();
    assert_eq!((page1.page, page1.total_pages, page1.total_posts), (1, 2, 3));
    let slugs: Vec<_> = page1.posts.iter().map(|p| p.slug.as_str()).collect();
    assert_eq!(slugs, ["newest", "middle"]);
    let page2: ListPage = decode_data_file(find(&files, "data/lists/home/2.json")).unwrap();
    assert_eq!(page2.posts[0].slug, "oldest");
    assert_eq!(page2.posts[0].comment_count, Some(1));
    assert_eq!(page2.posts[0].excerpt, "First paragraph of oldest.");
    let month: ListPage =
        decode_data_file(find(&files, "data/lists/month/2014/11/1.json")).unwrap();
    assert_eq!(month.total_posts, 1);
    let tag: ListPage = decode_data_file(find(&files, "data/lists/tag/open-data/1.json")).unwrap();
    assert_eq!(tag.total_posts, 3, "a tag named twice in one post counts once");
}

#[test]
fn an_empty_list_still_has_its_first_page() {
    let mut content = content();
    content.categories.push(SourceCategory {
        origin: Origin::default(),
        slug: "events".into(),
        name: "Events".into(),
        description: String::new(),
    });
    let files = build_site(&content);
    let list: ListPage =
        decode_data_file(find(&files, "data/lists/category/events/1.json")).unwrap();
    assert_eq!((list.total_posts, list.total_pages), (0, 1));
}

#[test]
fn posts_link_to_their_neighbours_and_related_posts() {
    let files = build_site(&content());
    let middle: PostFile = decode_data_file(find(&files, "data/posts/middle.json")).unwrap();
    assert_eq!(middle.previous.unwrap().slug, "oldest");
    assert_eq!(middle.next.unwrap().slug, "newest");
    let newest: PostFile = decode_data_file(find(&files, "data/posts/newest.json")).unwrap();
    assert!(newest.next.is_none());
    assert_eq!(newest.related[0].slug, "oldest", "shares a theme and a project");
    assert_eq!(newest.post.projects[0].name, "Project one");
    assert_eq!(newest.post.tags, [Term { slug: "open-data".into(), name: "Open data".into() }]);
}

#[test]
fn history_mode_names_the_government_in_office() {
    let files = build_site(&content());
    let oldest: PostFile = decode_data_file(find(&files, "data/posts/oldest.json")).unwrap();
    assert_eq!(oldest.post.previous_government.as_deref(), Some("Coalition"));
    let newest: PostFile = decode_data_file(find(&files, "data/posts/newest.json")).unwrap();
    assert_eq!(newest.post.previous_government, None, "published under the current government");
}

#[test]
fn the_site_file_counts_what_each_index_holds() {
    let files = build_site(&content());
    let site: SiteFile = decode_data_file(find(&files, "data/site.json")).unwrap();
    assert_eq!(site.post_count, 3);
    assert_eq!(site.theme("openness").unwrap().post_count, 2);
    assert_eq!(site.theme("openness").unwrap().project_count, 1);
    assert_eq!(site.category("strategy").unwrap().post_count, 3);
    let months: Vec<_> = site.months.iter().map(|m| (m.year, m.month, m.post_count)).collect();
    assert_eq!(months, [(2015, 6, 1), (2014, 11, 1), (2014, 10, 1)]);
    let projects: ProjectsFile = decode_data_file(find(&files, &site.files.projects)).unwrap();
    let linked: Vec<_> = projects.projects[0].posts.iter().map(|p| p.slug.as_str()).collect();
    assert_eq!(linked, ["newest", "oldest"]);
}

#[test]
fn a_site_published_from_wordpress_names_it_for_the_browser_and_no_other_does() {
    let files = build_site(&content());
    assert!(!find(&files, "data/site.json").contains("live_wordpress"));
    let mut from_wordpress = content();
    from_wordpress.read_from_wordpress = Some("https://blog.example.gov.uk".into());
    let files = build_site(&from_wordpress);
    let site: SiteFile = decode_data_file(find(&files, "data/site.json")).unwrap();
    assert_eq!(site.site.live_wordpress.as_deref(), Some("https://blog.example.gov.uk"));
    assert_eq!(
        site.site.live_wordpress_api().as_deref(),
        Some("https://blog.example.gov.uk/wp-json/")
    );
    // Still read from its own files first: only `wordpress` makes the app read the API alone.
    assert_eq!(site.site.wordpress, None);
}

#[test]
fn every_post_has_a_comments_file_even_without_comments() {
    let files = build_site(&content());
    let none: CommentFile = decode_data_file(find(&files, "data/comments/middle.json")).unwrap();
    assert!(none.comments.is_empty());
}

#[test]
fn every_data_file_is_stamped_with_its_content_hash() {
    let files = build_site(&content());
    for file in files.iter().filter(|f| f.path.ends_with(".json")) {
        let value: serde_json::Value = serde_json::from_str(&file.contents).unwrap();
        let version =
            value["version"].as_str().unwrap_or_else(|| panic!("{} has no version", file.path));
        let mut unstamped = value.clone();
        unstamped.as_object_mut().unwrap().remove("version");
        assert_eq!(version, content_hash([unstamped.to_string().as_str()]), "{}", file.path);
    }
}

#[test]
fn files_the_site_file_points_to_are_named_by_their_content() {
    let files = build_site(&content());
    let site: SiteFile = decode_data_file(find(&files, "data/site.json")).unwrap();
    let path = &site.files.projects;
    let hash = content_hash([find(&files, path)]);
    assert!(path.ends_with(&format!(".{hash}.json")), "{path}");
    // The search index changes with any post's body: named by its content, it would change
    // the site file, and so every pre-rendered page, on every edit.
    assert_eq!(site.files.search, "data/search.json");
}

#[test]
fn a_change_to_one_post_changes_only_the_files_that_show_it() {
    let before = build_site(&content());
    let mut changed = content();
    changed.posts[1].body.push_str("\n\nA new paragraph.");
    let after = build_site(&changed);
    let differs: Vec<&str> = after
        .iter()
        .filter(|f| {
            before.iter().find(|b| b.path == f.path).is_none_or(|b| b.contents != f.contents)
        })
        .map(|f| f.path.as_str())
        .collect();
    assert!(differs.contains(&"data/posts/middle.json"));
    assert!(!differs.contains(&"data/posts/newest.json"));
    assert!(
        !differs.contains(&"data/lists/home/1.json"),
        "the excerpt is the first paragraph, unchanged"
    );
    assert!(!differs.iter().any(|p| p.starts_with("data/comments/")));
}

#[test]
fn feeds_carry_the_newest_posts_with_absolute_links() {
    let files = build_site(&content());
    let blog = find(&files, "feeds/blog.atom");
    assert!(blog.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
    assert!(blog.contains("<id>https://blog.example.org/feeds/blog.atom</id>"));
    assert_eq!(blog.matches("<entry>").count(), 3);
    let newest = blog.find("Title of newest").unwrap();
    assert!(newest < blog.find("Title of oldest").unwrap(), "newest first");
    assert!(blog.contains(r#"<link href="https://blog.example.org/2015/06/01/newest/" rel="alternate" type="text/html"/>"#));
    assert_eq!(blog.matches("<?xml").count(), 1, "one declaration");
    let theme = find(&files, "feeds/theme/evidence.atom");
    assert_eq!(theme.matches("<entry>").count(), 1);
    assert!(find(&files, "feeds/category/strategy.atom").contains("<title>Blog: Strategy</title>"));
}

#[test]
fn the_sitemap_lists_every_page_and_robots_points_to_it() {
    let files = build_site(&content());
    let sitemap = find(&files, "sitemap.xml");
    for path in [
        "/",
        "/2014/10/10/oldest/",
        "/category/strategy/",
        "/tag/open-data/",
        "/themes/openness/",
        "/projects/p1/",
        "/2014/11/",
    ] {
        assert!(sitemap.contains(&format!("<loc>https://blog.example.org{path}</loc>")), "{path}");
    }
    assert_eq!(
        find(&files, "robots.txt"),
        "User-agent: *\nAllow: /\n\nSitemap: https://blog.example.org/sitemap.xml\n"
    );
}

#[test]
fn the_search_index_finds_posts_themes_and_projects() {
    let files = build_site(&content());
    let site: SiteFile = decode_data_file(find(&files, "data/site.json")).unwrap();
    let index: crate::search::SearchIndexFile =
        decode_data_file(find(&files, &site.files.search)).unwrap();
    let searcher = crate::search::Searcher::new(index);
    let titles = |q: &str| {
        searcher
            .search(q)
            .into_iter()
            .map(|h| searcher.doc(h.doc).title.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        titles("openness"),
        ["Openness", "Project one", "Title of newest", "Title of oldest"]
    );
    assert_eq!(titles("paragraph middle"), ["Title of middle"]);
}
