use super::*;
use crate::content::{
    Government, SourceAuthor, SourceCategory, SourceComment, SourceProject, SourceTheme,
};
use crate::model::{decode_data_file, Phase, Timestamp};

fn ts(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

fn post(slug: &str, date: &str, themes: &[&str], projects: &[&str]) -> SourcePost {
    SourcePost {
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
        body: format!("First paragraph of {slug}.\n\nSecond."),
    }
}

fn content() -> SiteContent {
    let mut content = SiteContent {
        posts_per_page: 2,
        governments: vec![
            Government {
                name: "Coalition".into(),
                from: ts("2010-05-12"),
            },
            Government {
                name: "Current".into(),
                from: ts("2015-05-08"),
            },
        ],
        authors: vec![SourceAuthor {
            slug: "head-of-digital".into(),
            name: "Head of Digital".into(),
            bio: String::new(),
        }],
        categories: vec![SourceCategory {
            slug: "strategy".into(),
            name: "Strategy".into(),
            description: String::new(),
        }],
        themes: vec![
            SourceTheme {
                slug: "openness".into(),
                name: "Openness".into(),
                meaning: "m".into(),
                description: String::new(),
            },
            SourceTheme {
                slug: "evidence".into(),
                name: "Evidence".into(),
                meaning: "m".into(),
                description: String::new(),
            },
        ],
        projects: vec![SourceProject {
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
            id: 1,
            parent: None,
            author: "a".into(),
            date: ts("2014-10-11"),
            body: "b".into(),
        }],
    );
    content
}

fn find<'a>(files: &'a [DataFile], path: &str) -> &'a str {
    &files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no {path}"))
        .json
}

#[test]
fn lists_are_paged_newest_first() {
    let files = build_data_files(&content());
    let page1: ListPage = decode_data_file(find(&files, "data/lists/home/1.json")).unwrap();
    assert_eq!(
        (page1.page, page1.total_pages, page1.total_posts),
        (1, 2, 3)
    );
    let slugs: Vec<_> = page1.posts.iter().map(|p| p.slug.as_str()).collect();
    assert_eq!(slugs, ["newest", "middle"]);
    let page2: ListPage = decode_data_file(find(&files, "data/lists/home/2.json")).unwrap();
    assert_eq!(page2.posts[0].slug, "oldest");
    assert_eq!(page2.posts[0].comment_count, 1);
    assert_eq!(page2.posts[0].excerpt, "First paragraph of oldest.");
    let month: ListPage =
        decode_data_file(find(&files, "data/lists/month/2014/11/1.json")).unwrap();
    assert_eq!(month.total_posts, 1);
    let tag: ListPage = decode_data_file(find(&files, "data/lists/tag/open-data/1.json")).unwrap();
    assert_eq!(
        tag.total_posts, 3,
        "a tag named twice in one post counts once"
    );
}

#[test]
fn an_empty_list_still_has_its_first_page() {
    let mut content = content();
    content.categories.push(SourceCategory {
        slug: "events".into(),
        name: "Events".into(),
        description: String::new(),
    });
    let files = build_data_files(&content);
    let list: ListPage =
        decode_data_file(find(&files, "data/lists/category/events/1.json")).unwrap();
    assert_eq!((list.total_posts, list.total_pages), (0, 1));
}

#[test]
fn posts_link_to_their_neighbours_and_related_posts() {
    let files = build_data_files(&content());
    let middle: PostFile = decode_data_file(find(&files, "data/posts/middle.json")).unwrap();
    assert_eq!(middle.previous.unwrap().slug, "oldest");
    assert_eq!(middle.next.unwrap().slug, "newest");
    let newest: PostFile = decode_data_file(find(&files, "data/posts/newest.json")).unwrap();
    assert!(newest.next.is_none());
    assert_eq!(
        newest.related[0].slug, "oldest",
        "shares a theme and a project"
    );
    assert_eq!(newest.post.projects[0].name, "Project one");
    assert_eq!(
        newest.post.tags,
        [Term {
            slug: "open-data".into(),
            name: "Open data".into()
        }]
    );
}

#[test]
fn history_mode_names_the_government_in_office() {
    let files = build_data_files(&content());
    let oldest: PostFile = decode_data_file(find(&files, "data/posts/oldest.json")).unwrap();
    assert_eq!(
        oldest.post.previous_government.as_deref(),
        Some("Coalition")
    );
    let newest: PostFile = decode_data_file(find(&files, "data/posts/newest.json")).unwrap();
    assert_eq!(
        newest.post.previous_government, None,
        "published under the current government"
    );
}

#[test]
fn the_site_file_counts_what_each_index_holds() {
    let files = build_data_files(&content());
    let site: SiteFile = decode_data_file(find(&files, "data/site.json")).unwrap();
    assert_eq!(site.post_count, 3);
    assert_eq!(site.theme("openness").unwrap().post_count, 2);
    assert_eq!(site.theme("openness").unwrap().project_count, 1);
    assert_eq!(site.category("strategy").unwrap().post_count, 3);
    let months: Vec<_> = site
        .months
        .iter()
        .map(|m| (m.year, m.month, m.post_count))
        .collect();
    assert_eq!(months, [(2015, 6, 1), (2014, 11, 1), (2014, 10, 1)]);
    let projects: ProjectsFile = decode_data_file(find(&files, "data/projects.json")).unwrap();
    let linked: Vec<_> = projects.projects[0]
        .posts
        .iter()
        .map(|p| p.slug.as_str())
        .collect();
    assert_eq!(linked, ["newest", "oldest"]);
}

#[test]
fn every_post_has_a_comments_file_even_without_comments() {
    let files = build_data_files(&content());
    let none: CommentFile = decode_data_file(find(&files, "data/comments/middle.json")).unwrap();
    assert!(none.comments.is_empty());
}
