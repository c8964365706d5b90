//! The check that lets a page of a site published from WordPress start the reading code: the
//! start-up gate (`start_gate.js`) compares what WordPress holds now with what the site was
//! published from, and starts the app, whose live refresh draws what changed, only when they
//! differ (docs/deployment.md, "How a page starts").
//!
//! Two cheap questions, the same for every page: the newest modification among the posts and
//! their number (`X-WP-Total`), and the newest comment and their number. A new, edited,
//! deleted or unpublished post, and a new or deleted comment, changes one of them. The
//! answers the site was published from are in [`LIVE_FILE`]; the questions' addresses are in
//! every page's `<meta name="app-live">`, so a `shell.html` published before, used again as a
//! template, carries them too.

use serde_json::{json, Value};

use crate::wordpress::WordPressState;

/// The file, at the site's root, holding what the site was published from.
pub const LIVE_FILE: &str = "live.json";

/// [`LIVE_FILE`]'s contents: the number of posts and comments the site was published from,
/// and the newest post modification and comment date among them, as WordPress wrote them.
pub fn published_from(state: &WordPressState) -> String {
    let newest = |answers: &std::collections::BTreeMap<u64, Value>, field: &str| {
        answers.values().filter_map(|a| a.get(field)?.as_str()).max().unwrap_or("").to_owned()
    };
    json!({
        "posts": { "total": state.posts.len(), "newest": newest(&state.posts, "modified_gmt") },
        "comments": { "total": state.comments.len(), "newest": newest(&state.comments, "date_gmt") },
    })
    .to_string()
}

/// The template with the check's `<meta>` in its head (in place of one already there): the
/// published answers' address under `base`, and the two questions to ask `api`, the root
/// of WordPress's REST API.
pub fn with_live_meta(template: &str, base: &str, api: &str) -> String {
    let api = format!("{}/", api.trim_end_matches('/'));
    let meta = format!(
        "<meta name=\"app-live\" content=\"{}\" data-posts=\"{}\" data-comments=\"{}\">",
        attribute(&format!("{base}{LIVE_FILE}")),
        attribute(&format!("{api}wp/v2/posts?per_page=1&orderby=modified&_fields=modified_gmt")),
        attribute(&format!("{api}wp/v2/comments?per_page=1&_fields=date_gmt")),
    );
    let template = match template.find("<meta name=\"app-live\"") {
        Some(start) => match template[start..].find('>') {
            Some(end) => format!("{}{}", &template[..start], &template[start + end + 1..]),
            None => template.to_owned(),
        },
        None => template.to_owned(),
    };
    template.replacen("</head>", &format!("{meta}</head>"), 1)
}

fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn the_published_answers_are_counted_and_the_newest_kept() {
        let state = WordPressState {
            posts: BTreeMap::from([
                (1, json!({"id": 1, "modified_gmt": "2026-01-02T10:00:00"})),
                (2, json!({"id": 2, "modified_gmt": "2026-03-01T09:30:00"})),
                (3, json!({"id": 3})),
            ]),
            comments: BTreeMap::from([(7, json!({"id": 7, "date_gmt": "2025-12-31T23:59:59"}))]),
            ..WordPressState::default()
        };
        let file: Value = serde_json::from_str(&published_from(&state)).unwrap();
        assert_eq!(
            file,
            json!({
                "posts": {"total": 3, "newest": "2026-03-01T09:30:00"},
                "comments": {"total": 1, "newest": "2025-12-31T23:59:59"},
            })
        );
        let empty: Value =
            serde_json::from_str(&published_from(&WordPressState::default())).unwrap();
        assert_eq!(empty["comments"], json!({"total": 0, "newest": ""}));
    }

    #[test]
    fn every_page_carries_the_questions_once() {
        let page = "<html><head><title>t</title></head><body></body></html>";
        let once = with_live_meta(page, "/blog/", "https://wp.example/wp-json/");
        assert!(once.contains(
            "<meta name=\"app-live\" content=\"/blog/live.json\" \
             data-posts=\"https://wp.example/wp-json/wp/v2/posts?per_page=1&amp;orderby=modified&amp;_fields=modified_gmt\" \
             data-comments=\"https://wp.example/wp-json/wp/v2/comments?per_page=1&amp;_fields=date_gmt\"></head>"
        ));
        // A shell published before, used again: its check is replaced, not doubled.
        let again = with_live_meta(&once, "/", "http://127.0.0.1:9/wp-json");
        assert_eq!(again.matches("name=\"app-live\"").count(), 1);
        assert!(
            again.contains("content=\"/live.json\" data-posts=\"http://127.0.0.1:9/wp-json/wp/v2/")
        );
        let hostile = with_live_meta(page, "/", "https://x\"><script>/wp-json/");
        assert!(!hostile.contains("<script>"));
    }
}
