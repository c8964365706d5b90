use serde::{Deserialize, Serialize};

use super::Timestamp;

/// A link target for an author, category or tag: its URL slug and its display name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub slug: String,
    pub name: String,
}

/// What a list shows of a post. The index file holds one per post, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostSummary {
    pub slug: String,
    pub title: String,
    pub date: Timestamp,
    pub authors: Vec<Term>,
    pub categories: Vec<Term>,
    /// Plain text: a sentence or two to invite reading on.
    pub excerpt: String,
    #[serde(default)]
    pub comment_count: u32,
}

/// `data/posts.json`: every post's summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostIndex {
    pub schema: u32,
    pub posts: Vec<PostSummary>,
}

/// A whole post, as its own page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Post {
    pub slug: String,
    pub title: String,
    pub date: Timestamp,
    pub authors: Vec<Term>,
    pub categories: Vec<Term>,
    #[serde(default)]
    pub tags: Vec<Term>,
    /// Set for a post published under a previous government, naming that government (for
    /// example "2010 to 2015 Conservative and Liberal Democrat coalition government"):
    /// GOV.UK shows such pages in "history mode".
    #[serde(default)]
    pub previous_government: Option<String>,
    #[serde(default)]
    pub comments_open: bool,
    /// The body in Markdown. Raw HTML in it is shown as text.
    pub body: String,
}

/// `data/posts/{slug}.json`: one post.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostFile {
    pub schema: u32,
    pub post: Post,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::decode_data_file;

    const POST: &str = r##"{
        "schema": 1,
        "post": {
            "slug": "an-update",
            "title": "An update",
            "date": "2014-10-10T09:30:00Z",
            "authors": [{"slug": "head-of-digital", "name": "Head of Digital"}],
            "categories": [{"slug": "strategy", "name": "Strategy"}],
            "body": "# Hello"
        }
    }"##;

    #[test]
    fn decodes_a_post_with_defaults_for_optional_fields() {
        let file: PostFile = decode_data_file(POST).unwrap();
        assert_eq!(file.post.title, "An update");
        assert_eq!(file.post.date.human_date(), "10 October 2014");
        assert_eq!(file.post.authors[0].name, "Head of Digital");
        assert!(file.post.tags.is_empty());
        assert_eq!(file.post.previous_government, None);
        assert!(!file.post.comments_open);
    }

    #[test]
    fn a_bad_date_names_the_post_date_field() {
        let text = POST.replace("2014-10-10T09:30:00Z", "10 October 2014");
        let err = decode_data_file::<PostFile>(&text).unwrap_err().to_string();
        assert!(err.contains("`post.date`"), "{err}");
        assert!(err.contains("expected a date and time"), "{err}");
    }

    #[test]
    fn a_missing_title_is_named() {
        let text = POST.replace(r#""title": "An update","#, "");
        let err = decode_data_file::<PostFile>(&text).unwrap_err().to_string();
        assert!(err.contains("missing field `title`"), "{err}");
    }

    #[test]
    fn decodes_the_index_with_comment_count_defaulting_to_zero() {
        let index: PostIndex = decode_data_file(
            r#"{"schema":1,"posts":[{"slug":"a","title":"A","date":"2014-10-10",
               "authors":[],"categories":[],"excerpt":"Read me"}]}"#,
        )
        .unwrap();
        assert_eq!(index.posts.len(), 1);
        assert_eq!(index.posts[0].comment_count, 0);
    }
}
