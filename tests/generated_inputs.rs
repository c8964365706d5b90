//! Generated inputs for the parsers, decoders and renderers that content and readers reach:
//! none may panic or hang on any input. Bounded (a few hundred cases each) so the whole set
//! runs in seconds; a case proptest once shrank to is kept below as a plain test.
//!
//! Route parsing, slugs, linkify and entity decoding have theirs beside their code.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::Value;

use strategy_blog::api::{interpret_response, interpret_wordpress_answer};
use strategy_blog::markdown::render_markdown_under;
use strategy_blog::model::{
    decode_data_file, Comment, CommentFile, ListPage, OfflineFile, PageFile, PostFile,
    ProjectsFile, SiteFile, Timestamp,
};
use strategy_blog::search::{DocKind, IndexBuilder, SearchDoc, SearchIndexFile, Searcher};
use strategy_blog::text::{thread_batches, thread_comments, thread_html_in_runs, CommentNode};
use strategy_blog::wordpress::{self as wp, WpComment, WpPost, WpPostLink, WpTerm, WpUser};

/// Field names the data files and WordPress's answers use, so that generated JSON reaches
/// past the first missing field into the decoders' depths.
const FIELDS: [&str; 32] = [
    "schema",
    "site",
    "post",
    "posts",
    "comments",
    "projects",
    "page",
    "items",
    "slug",
    "title",
    "name",
    "date",
    "date_gmt",
    "body",
    "body_format",
    "summary",
    "excerpt",
    "authors",
    "categories",
    "tags",
    "themes",
    "id",
    "parent",
    "author_name",
    "content",
    "rendered",
    "phase",
    "count",
    "total_pages",
    "_embedded",
    "wp:term",
    "url",
];

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("JSON has no NaN", |f| f.is_finite()).prop_map(Value::from),
        Just(Value::from(1)),
        "\\PC{0,12}".prop_map(Value::String),
        Just(Value::String("2014-10-10T09:00:00Z".into())),
        Just(Value::String("2014-10-10T09:00:00".into())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(FIELDS.to_vec()), inner), 0..7).prop_map(
                |pairs| Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            ),
        ]
    })
}

/// Text that is JSON, nearly JSON, or anything at all.
fn json_text() -> impl Strategy<Value = String> {
    prop_oneof![
        json().prop_map(|v| v.to_string()),
        (json(), 0usize..64).prop_map(|(v, cut)| {
            let text = v.to_string();
            let cut = (0..=cut.min(text.len())).rev().find(|&i| text.is_char_boundary(i));
            text[..cut.unwrap_or(0)].to_owned()
        }),
        "\\PC{0,40}",
        Just("<!doctype html><title>Not found</title>".to_owned()),
    ]
}

fn decode_every_kind(text: &str) {
    let _ = decode_data_file::<SiteFile>(text);
    let _ = decode_data_file::<ListPage>(text);
    let _ = decode_data_file::<PostFile>(text);
    let _ = decode_data_file::<CommentFile>(text);
    let _ = decode_data_file::<ProjectsFile>(text);
    let _ = decode_data_file::<PageFile>(text);
    let _ = decode_data_file::<OfflineFile>(text);
    let _ = decode_data_file::<SearchIndexFile>(text);
}

fn map_every_answer(text: &str) {
    let url = "https://blog.example/wp-json/wp/v2/posts";
    for status in [200, 400, 404, 500] {
        let _ =
            interpret_wordpress_answer::<Vec<WpPost>>(url, status, Some("application/json"), text);
    }
    if let Ok(posts) = wp::decode_answer::<Vec<WpPost>>(text) {
        for post in &posts {
            let _ = wp::post(post, &["openness".into()]);
            let _ = wp::post_summary(post);
        }
        let _ = wp::list_page(&posts, 1, Default::default());
    }
    if let Ok(comments) = wp::decode_answer::<Vec<WpComment>>(text) {
        comments.iter().for_each(|c| drop(wp::comment(c)));
    }
    if let Ok(links) = wp::decode_answer::<Vec<WpPostLink>>(text) {
        links.iter().for_each(|l| drop(wp::post_link(l)));
        let _ = wp::search_index(&links, &[], &[]);
    }
    if let Ok(terms) = wp::decode_answer::<Vec<WpTerm>>(text) {
        terms.iter().for_each(|t| drop(wp::term_info(t)));
    }
    if let Ok(users) = wp::decode_answer::<Vec<WpUser>>(text) {
        users.iter().for_each(|u| drop(wp::author_info(u)));
    }
}

fn comment(id: u64, parent: Option<u64>, body: String) -> Comment {
    Comment {
        id,
        parent,
        author: format!("Reader {id}"),
        date: Timestamp::from_unix_seconds(1_400_000_000 + id as i64),
        body,
    }
}

fn count(nodes: &[CommentNode]) -> usize {
    nodes.iter().map(|n| 1 + count(&n.replies)).sum()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn markdown_renders_any_text(body in "(\\PC|[*_`#>\\[\\]()!<&|~^\\-:\\n ]){0,200}") {
        let rendered = render_markdown_under(&body, "/blog");
        let html = rendered.html.as_str();
        prop_assert!(!html.contains("<script"), "{html}");
        prop_assert!(rendered.headings.iter().all(|h| (2..=6).contains(&h.level)));
    }

    #[test]
    fn every_content_file_kind_decodes_any_json_or_says_why(text in json_text()) {
        decode_every_kind(&text);
        let _ = interpret_response::<PostFile>("data/x.json", 200, Some("application/json"), &text);
        let _ = interpret_response::<PostFile>("data/x.json", 200, Some("text/html"), &text);
    }

    #[test]
    fn every_wordpress_answer_maps_from_any_json_or_says_why(text in json_text()) {
        map_every_answer(&text);
    }

    #[test]
    fn search_answers_any_query(
        docs in prop::collection::vec(("\\PC{0,20}", "\\PC{0,40}"), 0..12),
        query in "\\PC{0,24}",
    ) {
        let mut builder = IndexBuilder::default();
        for (i, (title, text)) in docs.iter().enumerate() {
            let doc = SearchDoc {
                kind: DocKind::Post,
                title: title.clone(),
                path: format!("/p/{i}/"),
                date: String::new(),
                text: text.clone(),
            };
            builder.add(doc, "", text);
        }
        let searcher = Searcher::new(builder.finish(1));
        for hit in searcher.search(&query) {
            prop_assert!(hit.doc < docs.len());
        }
    }

    #[test]
    fn comments_thread_from_any_parent_graph_and_none_is_lost(
        parents in prop::collection::vec(prop::option::of(0u64..24), 0..24),
        depth in 0usize..5,
    ) {
        // Ids 0..n; parents may be themselves, each other in a loop, or not in the list.
        let comments: Vec<Comment> = parents
            .iter()
            .enumerate()
            .map(|(id, parent)| comment(id as u64, *parent, format!("Comment {id} https://x.example")))
            .collect();
        let nodes = thread_comments(comments.clone(), depth);
        prop_assert_eq!(count(&nodes), comments.len());
        let runs = thread_batches(&nodes, 3, 5);
        let html = thread_html_in_runs(&nodes, &runs);
        prop_assert_eq!(html.matches("id=\"comment-").count(), comments.len());
    }

    #[test]
    fn timestamps_parse_any_text(text in prop_oneof![
        "\\PC{0,30}",
        "[+-]?[0-9]{1,12}-[0-9]{1,2}-[0-9]{1,2}T[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\\.[0-9]{0,12})?(Z|[+-][0-9]{2}:?[0-9]{2})?",
    ]) {
        if let Ok(t) = Timestamp::parse(&text) {
            let _ = (t.uk(), t.human_date());
            prop_assert_eq!(Timestamp::parse(&t.to_rfc3339()).ok(), Some(t), "{}", text);
        }
    }

    #[test]
    fn any_instant_is_shown_and_read_back(seconds in any::<i64>()) {
        let t = Timestamp::from_unix_seconds(seconds);
        let _ = (t.uk(), t.utc(), t.human_date());
        let text = t.to_rfc3339();
        if let Ok(back) = Timestamp::parse(&text) {
            prop_assert_eq!(back, t, "{}", text);
        }
    }
}

#[test]
fn leap_seconds_and_far_years_are_read_or_refused_without_panicking() {
    for text in [
        "2016-12-31T23:59:60Z",
        "0000-01-01T00:00:00Z",
        "-0001-01-01T00:00:00Z",
        "99999-01-01T00:00:00Z",
        "2014-10-10T09:00:00+23:59",
        "2014-10-10T09:00:00-99:99",
        "2014-02-30T09:00:00Z",
        "9999-12-31T23:59:59-23:59",
    ] {
        if let Ok(t) = Timestamp::parse(text) {
            let _ = (t.uk(), t.human_date(), t.to_rfc3339());
        }
    }
    for seconds in [i64::MIN, i64::MAX, -62_135_596_800 - 1, 253_402_300_800] {
        let t = Timestamp::from_unix_seconds(seconds);
        let _ = (t.uk(), t.human_date(), t.to_rfc3339());
    }
}
