use serde::{Deserialize, Serialize};

use super::Timestamp;

/// A link target for an author, category, tag, theme or project: its slug and display name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub slug: String,
    pub name: String,
}

/// What a list shows of a post.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostSummary {
    pub slug: String,
    pub title: String,
    pub date: Timestamp,
    pub authors: Vec<Term>,
    pub categories: Vec<Term>,
    /// Plain text: a sentence or two to invite reading on.
    pub excerpt: String,
    /// `None` where the source does not say (WordPress's API does not count a post's
    /// comments), and the list then shows no count.
    #[serde(default)]
    pub comment_count: Option<u32>,
}

/// Enough of a post to link to it: previous and next, related posts, a project's posts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostLink {
    pub slug: String,
    pub title: String,
    pub date: Timestamp,
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
    /// The strategy's themes the post is about.
    #[serde(default)]
    pub themes: Vec<Term>,
    /// The programme's projects the post is about.
    #[serde(default)]
    pub projects: Vec<Term>,
    /// Set for a post published under a previous government, naming that government (for
    /// example "2010 to 2015 Conservative and Liberal Democrat coalition government"):
    /// GOV.UK shows such pages in "history mode".
    #[serde(default)]
    pub previous_government: Option<String>,
    #[serde(default)]
    pub comments_open: bool,
    /// Plain text, for the page description and share previews.
    #[serde(default)]
    pub summary: String,
    /// The body, in its [`BodyFormat`]: as published, HTML rendered from Markdown, or, for a
    /// post from WordPress, HTML as WordPress sent it (sanitised on the host when published).
    pub body: String,
    #[serde(default, skip_serializing_if = "BodyFormat::is_markdown")]
    pub body_format: BodyFormat,
    /// A rendered body's headings, for its contents list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headings: Vec<crate::safe_html::markdown::Heading>,
    /// A rendered body's words (of its Markdown), for the reading time.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub word_count: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// What a post's body is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BodyFormat {
    /// Markdown, as writers write it. The publish step renders it (`Rendered`), and only it:
    /// the browser carries no Markdown renderer, and shows such a body as its text.
    #[default]
    Markdown,
    /// As WordPress sends it: untrusted until sanitised.
    Html,
    /// HTML the publish step rendered from Markdown, for a site at the root of its domain (a
    /// site under a sub-path puts its base before site paths as it shows the body). Shown
    /// through a sanitiser too, to the renderer's own allowlist, so that a data file can
    /// never carry script into the page.
    Rendered,
}

impl BodyFormat {
    pub fn is_markdown(&self) -> bool {
        *self == BodyFormat::Markdown
    }
}

/// `data/posts/{slug}.json`: one post, with the links its page shows around it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostFile {
    pub schema: u32,
    pub post: Post,
    /// The next older post.
    #[serde(default)]
    pub previous: Option<PostLink>,
    /// The next newer post.
    #[serde(default)]
    pub next: Option<PostLink>,
    #[serde(default)]
    pub related: Vec<PostLink>,
}

impl super::DataFile for PostFile {
    fn schema(&self) -> u32 {
        self.schema
    }
}

impl From<&PostSummary> for PostLink {
    fn from(summary: &PostSummary) -> Self {
        PostLink { slug: summary.slug.clone(), title: summary.title.clone(), date: summary.date }
    }
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
        },
        "next": {"slug": "later", "title": "Later", "date": "2014-11-01T09:00:00Z"}
    }"##;

    #[test]
    fn decodes_a_post_with_defaults_for_optional_fields() {
        let file: PostFile = decode_data_file(POST).unwrap();
        assert_eq!(file.post.title, "An update");
        assert_eq!(file.post.date.human_date(), "10 October 2014");
        assert_eq!(file.post.authors[0].name, "Head of Digital");
        assert!(file.post.tags.is_empty() && file.post.themes.is_empty());
        assert_eq!(file.post.previous_government, None);
        assert!(!file.post.comments_open);
        assert_eq!(file.previous, None);
        assert_eq!(file.next.unwrap().slug, "later");
        assert!(file.related.is_empty());
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
    fn a_wrong_link_is_named_by_its_path() {
        let text = POST.replace(r#""slug": "later""#, r#""slug": 7"#);
        let err = decode_data_file::<PostFile>(&text).unwrap_err().to_string();
        assert!(err.contains("`next.slug`"), "{err}");
    }
}
