use super::*;
use crate::model::{BodyFormat, PostLink, Timestamp, SCHEMA_VERSION};

fn ts(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

fn term(slug: &str, name: &str) -> Term {
    Term { slug: slug.into(), name: name.into() }
}

fn summary(slug: &str, title: &str, comments: Option<u32>) -> PostSummary {
    PostSummary {
        slug: slug.into(),
        title: title.into(),
        date: ts("2015-01-10T09:30:00Z"),
        authors: vec![term("head-of-digital", "Head of Digital")],
        categories: vec![term("strategy", "Strategy")],
        excerpt: "Why we wrote it.".into(),
        comment_count: comments,
    }
}

fn list(posts: Vec<PostSummary>) -> ListPage {
    let total = posts.len() as u32;
    ListPage { schema: SCHEMA_VERSION, page: 1, total_pages: 1, total_posts: total, posts }
}

/// A tag-stripper standing in for the platform's HTML-to-text.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&#8217;", "’")
}

fn post_file(title: &str, body: &str) -> PostFile {
    PostFile {
        schema: SCHEMA_VERSION,
        post: Post {
            slug: "why".into(),
            title: title.into(),
            date: ts("2015-01-10T09:30:00Z"),
            authors: vec![term("head-of-digital", "Head of Digital")],
            categories: vec![term("strategy", "Strategy")],
            tags: vec![term("openness", "Openness")],
            themes: vec![term("openness", "Openness")],
            projects: Vec::new(),
            previous_government: None,
            comments_open: true,
            summary: "Why.".into(),
            body: body.into(),
            body_format: BodyFormat::Html,
            headings: Vec::new(),
            word_count: 0,
        },
        previous: None,
        next: None,
        related: Vec::new(),
    }
}

fn comment(id: u64, parent: Option<u64>, date: &str, body: &str) -> Comment {
    Comment { id, parent, author: "Reader".into(), date: ts(date), body: body.into() }
}

#[test]
fn an_unchanged_list_is_not_redrawn_though_wordpress_does_not_count_comments() {
    let shown = list(vec![summary("a", "A", Some(3)), summary("b", "B", Some(0))]);
    let answer = list(vec![summary("a", "A", None), summary("b", "B", None)]);
    assert_eq!(fresher_list(&shown, answer), None);
}

#[test]
fn a_list_with_a_new_post_is_wordpress_s_keeping_the_counts_it_showed() {
    let shown = list(vec![summary("a", "A", Some(3))]);
    let answer = list(vec![summary("new", "New", None), summary("a", "A", None)]);
    let fresher = fresher_list(&shown, answer).expect("a new post is a change");
    let counts: Vec<_> = fresher.posts.iter().map(|p| (p.slug.as_str(), p.comment_count)).collect();
    assert_eq!(counts, [("new", None), ("a", Some(3))]);
    assert_eq!(fresher.total_posts, 2);
}

#[test]
fn a_retitled_post_or_new_totals_change_a_list_and_an_untitled_post_is_named() {
    let shown = list(vec![summary("a", "A", None)]);
    let retitled = list(vec![summary("a", "A, edited", None)]);
    assert_eq!(fresher_list(&shown, retitled).unwrap().posts[0].title, "A, edited");
    let mut more_pages = list(vec![summary("a", "A", None)]);
    more_pages.total_pages = 2;
    more_pages.total_posts = 6;
    assert!(fresher_list(&shown, more_pages).is_some());
    // Published as "(no title)"; WordPress answers an empty title: the same post.
    let untitled = list(vec![summary("a", "(no title)", None)]);
    assert_eq!(fresher_list(&untitled, list(vec![summary("a", "", None)])), None);
    let fresher = fresher_list(&shown, list(vec![summary("a", " ", None)])).unwrap();
    assert_eq!(fresher.posts[0].title, UNTITLED);
}

#[test]
fn excerpts_are_compared_as_words() {
    let shown = list(vec![summary("a", "A", None)]);
    let mut answer = summary("a", "A", None);
    answer.excerpt = "Why we\nwrote it. ".into();
    assert_eq!(fresher_list(&shown, list(vec![answer.clone()])), None);
    answer.excerpt = "Why we rewrote it.".into();
    assert!(fresher_list(&shown, list(vec![answer])).is_some());
}

#[test]
fn a_post_sanitised_on_the_host_is_the_same_as_wordpress_s_raw_html() {
    let shown = post_file("Why", "<p>We’re <a href=\"https://x\">here</a></p>");
    let answer =
        post_file("Why", "<p>We&#8217;re <a href='https://x' onclick='x()'>here</a></p>\n");
    assert_eq!(fresher_post(&shown, answer, text), None);
}

#[test]
fn an_edited_post_is_wordpress_s_with_the_published_related_posts() {
    let mut shown = post_file("Why", "<p>Old body</p>");
    shown.related =
        vec![PostLink { slug: "r".into(), title: "R".into(), date: ts("2014-01-01T00:00:00Z") }];
    let edited = post_file("Why, edited", "<p>Old body</p>");
    let fresher = fresher_post(&shown, edited, text).expect("a new title is a change");
    assert_eq!(fresher.post.title, "Why, edited");
    assert_eq!(fresher.related, shown.related);
    let rewritten = post_file("Why", "<p>New body</p>");
    assert_eq!(fresher_post(&shown, rewritten, text).unwrap().post.body, "<p>New body</p>");
    let mut closed = post_file("Why", "<p>Old body</p>");
    closed.post.comments_open = false;
    assert!(fresher_post(&shown, closed, text).is_some());
}

#[test]
fn new_neighbours_alone_do_not_redraw_a_post() {
    let shown = post_file("Why", "<p>Body</p>");
    let mut answer = post_file("Why", "<p>Body</p>");
    answer.next =
        Some(PostLink { slug: "n".into(), title: "N".into(), date: ts("2016-01-01T00:00:00Z") });
    assert_eq!(fresher_post(&shown, answer, text), None);
}

#[test]
fn comments_are_compared_as_published_oldest_first_with_orphans_at_the_top_level() {
    let shown = vec![
        comment(1, None, "2015-01-11T09:00:00Z", "First"),
        comment(3, None, "2015-01-12T09:00:00Z", "Reply to a held one"),
    ];
    // WordPress's order, and a reply whose parent (2) is held for moderation.
    let answer = vec![
        comment(3, Some(2), "2015-01-12T09:00:00Z", "Reply to a held one"),
        comment(1, None, "2015-01-11T09:00:00Z", "First"),
    ];
    assert_eq!(fresher_comments(&shown, answer), None);
}

#[test]
fn a_new_or_edited_comment_is_a_change() {
    let shown = vec![comment(1, None, "2015-01-11T09:00:00Z", "First")];
    let added = vec![
        comment(1, None, "2015-01-11T09:00:00Z", "First"),
        comment(7, Some(1), "2015-01-13T09:00:00Z", "A reply"),
    ];
    let fresher = fresher_comments(&shown, added).expect("a new comment is a change");
    assert_eq!(
        fresher.iter().map(|c| (c.id, c.parent)).collect::<Vec<_>>(),
        [(1, None), (7, Some(1))]
    );
    let edited = vec![comment(1, None, "2015-01-11T09:00:00Z", "First, edited")];
    assert!(fresher_comments(&shown, edited).is_some());
    assert!(fresher_comments(&shown, Vec::new()).is_some(), "a comment taken away is a change");
}
