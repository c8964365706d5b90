//! Refreshing a published WordPress site's pages from WordPress (`live_wordpress` in the site
//! file): once a page has shown a list, a post or comments from the site's files, the page
//! asks here for WordPress's version. Each answer is WordPress's only when a reader would see
//! a difference (the pure `blog_core::live` decides); anything WordPress does not answer
//! (offline, down, a post it no longer shows) leaves the page as it is, so the files stay the
//! fallback.

use super::transport::Cancel;
use super::wordpress::Keep;
use super::DataSource;
use crate::data_paths::ListKey;
use crate::model::{Comment, ListPage, PostFile};
use blog_core::live;

/// What a refresh found: WordPress's version when it differs, whether WordPress answered.
pub enum Refreshed<T> {
    /// WordPress's version, which differs from what is shown.
    Fresher(T),
    /// WordPress answered the same.
    Same,
    /// WordPress did not answer (or the site is not live): what is shown stays.
    Kept,
}

impl<T> Refreshed<T> {
    fn from(answer: Option<Option<T>>) -> Self {
        match answer {
            Some(Some(fresher)) => Refreshed::Fresher(fresher),
            Some(None) => Refreshed::Same,
            None => Refreshed::Kept,
        }
    }

    /// For `data-live-*` on the page.
    pub fn outcome(&self) -> &'static str {
        match self {
            Refreshed::Fresher(_) => "updated",
            Refreshed::Same => "same",
            Refreshed::Kept => "kept",
        }
    }
}

impl DataSource {
    /// Whether the site's pages are refreshed from WordPress. Known once the site file has
    /// loaded.
    pub fn is_live(&self) -> bool {
        self.live_query().is_some()
    }

    /// WordPress's page of a list, when it differs from `shown`. Always asked of the network:
    /// this session's earlier answer may be what is shown.
    pub async fn refresh_list(
        self,
        key: ListKey,
        page: u32,
        shown: ListPage,
    ) -> Refreshed<ListPage> {
        let Some(query) = self.live_query() else { return Refreshed::Kept };
        let answer = self.wordpress_list(query, key, page, Keep::Renew).await.ok();
        Refreshed::from(answer.map(|answer| live::fresher_list(&shown, answer)))
    }

    /// WordPress's version of a post, when a reader would see a difference from `shown`.
    pub async fn refresh_post(self, shown: PostFile) -> Refreshed<PostFile> {
        let Some(query) = self.live_query() else { return Refreshed::Kept };
        let slug = shown.post.slug.clone();
        let answer = self.wordpress_post(query, slug, Cancel::OnLeave, Keep::Renew).await.ok();
        Refreshed::from(
            answer.map(|answer| live::fresher_post(&shown, answer, crate::wordpress::html_to_text)),
        )
    }

    /// WordPress's comments on a post, when they differ from `shown`.
    pub async fn refresh_comments(
        self,
        slug: String,
        shown: Vec<Comment>,
    ) -> Refreshed<Vec<Comment>> {
        let Some(query) = self.live_query() else { return Refreshed::Kept };
        let answer = self.wordpress_comments(query, slug).await.ok();
        Refreshed::from(answer.map(|answer| live::fresher_comments(&shown, answer)))
    }
}
