//! The parts of WordPress's REST answers the reader uses. Fields WordPress may leave out
//! (or a plugin may remove) default to empty rather than failing the whole answer.

use serde::Deserialize;

/// `{"rendered": "..."}`: how WordPress sends titles, bodies and excerpts, as HTML.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Rendered {
    #[serde(default)]
    pub rendered: String,
}

/// A post from `wp/v2/posts?_embed=author,wp:term`.
#[derive(Clone, Debug, Deserialize)]
pub struct WpPost {
    pub id: u64,
    pub slug: String,
    /// UTC, without a zone: `2015-01-10T09:30:00`.
    pub date_gmt: String,
    #[serde(default)]
    pub title: Rendered,
    #[serde(default)]
    pub content: Rendered,
    #[serde(default)]
    pub excerpt: Rendered,
    #[serde(default)]
    pub comment_status: String,
    #[serde(default, rename = "_embedded")]
    pub embedded: Embedded,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct Embedded {
    #[serde(default)]
    pub author: Vec<WpUser>,
    /// One list per taxonomy (categories, tags, ...), each term naming its taxonomy.
    #[serde(default, rename = "wp:term")]
    pub terms: Vec<Vec<WpTerm>>,
}

/// A category or tag.
#[derive(Clone, Debug, Deserialize)]
pub struct WpTerm {
    pub id: u64,
    pub slug: String,
    pub name: String,
    #[serde(default)]
    pub taxonomy: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub count: u32,
}

/// A user who has published posts.
#[derive(Clone, Debug, Deserialize)]
pub struct WpUser {
    pub id: u64,
    pub slug: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
}

/// A comment from `wp/v2/comments`.
#[derive(Clone, Debug, Deserialize)]
pub struct WpComment {
    pub id: u64,
    #[serde(default)]
    pub parent: u64,
    #[serde(default)]
    pub author_name: String,
    pub date_gmt: String,
    #[serde(default)]
    pub content: Rendered,
}

/// A post with only what links to it (neighbours: `_fields=slug,title,date_gmt`) or what
/// search needs (`excerpt` too).
#[derive(Clone, Debug, Deserialize)]
pub struct WpPostLink {
    pub slug: String,
    pub date_gmt: String,
    #[serde(default)]
    pub title: Rendered,
    #[serde(default)]
    pub excerpt: Rendered,
}
