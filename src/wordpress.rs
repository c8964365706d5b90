//! WordPress as a data source, as the app uses it: the pure mapping of the REST API's answers
//! (`blog_core::wordpress`), with HTML character references decoded by this platform
//! (`platform::entities`: the browser's own parser, or a table on the host).

pub use blog_core::wordpress::{
    archive_counts, decode_answer, is_past_last_page, slug, ListFilter, Paging, Query, WpComment,
    WpDated, WpPost, WpPostLink, WpTerm, WpUser, COMMENTS_PER_REQUEST,
};

use crate::model::{
    AuthorInfo, Comment, DecodeError, ListPage, Post, PostLink, PostSummary, Project, TermInfo,
    ThemeInfo,
};
use crate::platform::entities::decode_entities;
use crate::search::SearchIndexFile;
use blog_core::wordpress as wp;

/// The text of WordPress's `html`: tags dropped, entities decoded.
pub fn html_to_text(html: &str) -> String {
    wp::html_to_text(html, decode_entities)
}

/// How many words a reader sees in `html`.
pub fn html_word_count(html: &str) -> usize {
    wp::html_word_count(html, decode_entities)
}

/// What a list shows of a post.
pub fn post_summary(post: &WpPost) -> Result<PostSummary, DecodeError> {
    wp::post_summary(post, decode_entities)
}

/// A whole post; tags whose slug is a theme's are its themes.
pub fn post(post: &WpPost, theme_slugs: &[String]) -> Result<Post, DecodeError> {
    wp::post(post, theme_slugs, decode_entities)
}

/// A link to a neighbouring post.
pub fn post_link(link: &WpPostLink) -> Result<PostLink, DecodeError> {
    wp::post_link(link, decode_entities)
}

/// One page of a list, from a page of WordPress posts and its paging headers.
pub fn list_page(posts: &[WpPost], page: u32, paging: Paging) -> Result<ListPage, DecodeError> {
    wp::list_page(posts, page, paging, decode_entities)
}

/// A comment as plain text.
pub fn comment(comment: &WpComment) -> Result<Comment, DecodeError> {
    wp::comment(comment, decode_entities)
}

/// A category or tag.
pub fn term_info(term: &WpTerm) -> TermInfo {
    wp::term_info(term, decode_entities)
}

/// An author.
pub fn author_info(user: &WpUser) -> AuthorInfo {
    wp::author_info(user, decode_entities)
}

/// The search index of a WordPress site, from its posts and the site's own themes and projects.
pub fn search_index(
    posts: &[WpPostLink],
    themes: &[ThemeInfo],
    projects: &[Project],
) -> SearchIndexFile {
    wp::search_index(posts, themes, projects, decode_entities)
}
