//! The WordPress source of a browser build without the `wordpress` feature: the same calls as
//! [`super::wordpress`], none of which can reach WordPress.
//!
//! Such a build never serves a site that names WordPress (the app shows `WrongBuildPage`
//! instead, and publish refuses to pair them), so here no site has an API address. That is
//! said by a type: [`NoQuery`] has no values, so `wordpress_query` and `live_query` are always
//! `None`, and every request that would need an address cannot be called. A `false` constant
//! was not enough: an async caller keeps a state for each `.await`, so the requests, their
//! decoders and the mapping to the model (106 KB of wasm, 27 KB with brotli) stayed in.

use super::{DataSource, LoadError};
use crate::comment_draft::{CommentDraft, SendOutcome};
use crate::data_paths::ListKey;
use crate::model::{Comment, ListPage, Post, PostFile, SiteFile};
use crate::search::SearchIndexFile;

use super::cache::Keep;
use super::transport::Cancel;

/// The API's addresses, which this build never has.
pub(super) enum NoQuery {}

/// What the source knows of a WordPress site: nothing, here.
#[derive(Default)]
pub struct WordPress;

impl DataSource {
    pub(super) fn wordpress_query(&self) -> Option<NoQuery> {
        None
    }

    pub(super) fn live_query(&self) -> Option<NoQuery> {
        None
    }

    /// A site's own file holds all its navigation.
    pub(super) async fn complete_site(&self, _site: &mut SiteFile) -> Result<(), LoadError> {
        Ok(())
    }

    pub fn know_live_site(&self, _site: &SiteFile) {}

    pub fn know_comment_api(&self, _api_root: &str) {}

    pub(super) async fn wordpress_list(
        &self,
        query: NoQuery,
        _key: ListKey,
        _page: u32,
        _keep: Keep,
    ) -> Result<ListPage, LoadError> {
        match query {}
    }

    pub(super) async fn wordpress_post(
        &self,
        query: NoQuery,
        _slug: String,
        _cancel: Cancel,
        _keep: Keep,
    ) -> Result<PostFile, LoadError> {
        match query {}
    }

    pub(super) async fn wordpress_post_alone(
        &self,
        query: &NoQuery,
        _slug: &str,
        _cancel: Cancel,
        _keep: Keep,
    ) -> Result<Post, LoadError> {
        match *query {}
    }

    pub(super) async fn wordpress_search_index(
        &self,
        query: NoQuery,
    ) -> Result<SearchIndexFile, LoadError> {
        match query {}
    }

    pub(super) async fn wordpress_comments(
        &self,
        query: NoQuery,
        _slug: String,
    ) -> Result<Vec<Comment>, LoadError> {
        match query {}
    }

    /// What the comment form (never shown by this build) would be told.
    pub async fn send_comment(
        self,
        _slug: String,
        _parent: Option<u64>,
        _draft: CommentDraft,
    ) -> SendOutcome {
        SendOutcome::Refused {
            message: "This blog does not take comments on its pages.".into(),
            field: None,
        }
    }

    /// The archive's months are in the site's own file.
    pub async fn with_archive(self, site: SiteFile) -> Result<SiteFile, LoadError> {
        Ok(site)
    }
}
