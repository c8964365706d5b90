//! What pages ask a [`DataSource`] for. The static JSON files under `data/` answer each
//! request, unless the site file names a WordPress site: then posts, lists, comments and
//! search come from its REST API (see [`super::wordpress`]). A site published from
//! WordPress (`live_wordpress`) reads its files first, and WordPress only for what they do
//! not have: a post, a page of a list or comments published after the build (see
//! [`super::live`] for the refresh of what they do have).

use std::sync::Arc;

use super::cache::Keep;
use super::transport::Cancel;
use super::{interpret_response, DataSource, LoadError};
use crate::data_paths::{self, ListKey};
use crate::model::{
    Comment, CommentFile, DataFile, ListPage, OfflineFile, PageFile, PostFile, Project,
    ProjectsFile, SiteFile, StaticPage,
};
use crate::search::{SearchIndexFile, Searcher};

// Each takes the source by value, so that its future owns what it needs and can feed a
// resource; clones share the source's state.
impl DataSource {
    /// The site's settings and navigation indexes.
    /// With a WordPress source, its categories, tags, authors and post count are filled in.
    pub async fn fetch_site(self) -> Result<SiteFile, LoadError> {
        let mut site: SiteFile = self.fetch_json(&data_paths::site(), Caching::Keep).await?;
        self.complete_site(&mut site).await?;
        Ok(site)
    }

    /// One page of a list of posts.
    pub async fn fetch_list(self, key: ListKey, page: u32) -> Result<ListPage, LoadError> {
        if let Some(query) = self.wordpress_query() {
            return self.wordpress_list(query, key, page, Keep::Yes).await;
        }
        let file = self.fetch_json(&key.data_path(page), Caching::Keep).await;
        match (file, self.live_query()) {
            // A page the build did not have: posts published since pushed the list onto it.
            (Err(LoadError::NotFound { .. }), Some(query)) => {
                self.wordpress_list(query, key, page, Keep::Yes).await
            }
            (file, _) => file,
        }
    }

    /// One post with its neighbours and related posts.
    pub async fn fetch_post(self, slug: String) -> Result<PostFile, LoadError> {
        if let Some(query) = self.wordpress_query() {
            return self.wordpress_post(query, slug, Cancel::OnLeave, Keep::Yes).await;
        }
        let file = self.fetch_json(&data_paths::post(&slug), Caching::Keep).await;
        match (file, self.live_query()) {
            // Published on WordPress after the build: only WordPress has it.
            (Err(LoadError::NotFound { .. }), Some(query)) => {
                self.wordpress_post(query, slug, Cancel::OnLeave, Keep::Yes).await
            }
            (file, _) => file,
        }
    }

    /// Brings a post's file into memory ahead of the reader, so that opening it waits for no
    /// network; returns it. Failures are left for the real request to report.
    pub async fn prefetch_post(self, slug: String) -> Option<PostFile> {
        match self.wordpress_query() {
            // Not stopped when the reader moves on: moving on is usually to this very post.
            Some(query) => self.wordpress_post(query, slug, Cancel::Never, Keep::Yes).await.ok(),
            None => self.fetch_post(slug).await.ok(),
        }
    }

    /// A post's comments, oldest first. Never served from memory: they change most often.
    pub async fn fetch_comments(self, slug: String) -> Result<Vec<Comment>, LoadError> {
        if let Some(query) = self.wordpress_query() {
            return self.wordpress_comments(query, slug).await;
        }
        let file =
            self.fetch_json::<CommentFile>(&data_paths::comments(&slug), Caching::Refresh).await;
        match (file, self.live_query()) {
            // A post published after the build has no comments file.
            (Err(LoadError::NotFound { .. }), Some(query)) => {
                self.wordpress_comments(query, slug).await
            }
            (file, _) => file.map(|file| file.comments),
        }
    }

    /// The project register, from the file the site file names (`files.projects`).
    pub async fn fetch_projects(self, path: String) -> Result<Vec<Project>, LoadError> {
        self.fetch_json::<ProjectsFile>(&path, Caching::Keep).await.map(|f| f.projects)
    }

    /// A standalone page, from the file the site file names for it (`files.pages`); `None`
    /// when the site has no such page.
    pub async fn fetch_page(
        self,
        path: Option<String>,
        slug: String,
    ) -> Result<StaticPage, LoadError> {
        match path {
            Some(path) => self.fetch_json::<PageFile>(&path, Caching::Keep).await.map(|f| f.page),
            None => Err(LoadError::NotFound { url: self.data_url(&data_paths::page(&slug)) }),
        }
    }

    /// Everything "Save the whole blog for offline" downloads; never from memory.
    pub async fn fetch_offline_list(self) -> Result<OfflineFile, LoadError> {
        self.fetch_json(&data_paths::offline(), Caching::Refresh).await
    }

    /// The search index, ready to answer queries: loaded once, then answered from memory, so
    /// search goes on working without a network.
    pub async fn fetch_search_index(self, path: String) -> Result<Arc<Searcher>, LoadError> {
        let cached = self.0.search.lock().ok().and_then(|kept| {
            kept.as_ref().filter(|(p, _)| *p == path).map(|(_, searcher)| Arc::clone(searcher))
        });
        if let Some(searcher) = cached {
            return Ok(searcher);
        }
        // Kept as a decoded index below, so not also as text in the file cache. A WordPress
        // site's index is built from its posts.
        let file: SearchIndexFile = match self.wordpress_query() {
            Some(query) => self.wordpress_search_index(query).await?,
            None => self.fetch_json(&path, Caching::Refresh).await?,
        };
        let searcher = Arc::new(Searcher::new(file));
        if let Ok(mut kept) = self.0.search.lock() {
            *kept = Some((path, Arc::clone(&searcher)));
        }
        Ok(searcher)
    }

    async fn fetch_json<T: DataFile>(&self, path: &str, caching: Caching) -> Result<T, LoadError> {
        let url = self.data_url(path);
        if caching == Caching::Keep {
            if let Some(body) = self.kept(&url) {
                return interpret_response(&url, 200, Some("application/json"), &body);
            }
        }
        let answer = self.get(&url, Cancel::Never).await?;
        let decoded =
            interpret_response(&url, answer.status, answer.content_type.as_deref(), &answer.body);
        if decoded.is_ok() && caching == Caching::Keep {
            self.keep(&url, answer.body);
        }
        decoded
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Caching {
    /// Answer from memory when this session already has the file.
    Keep,
    /// Always ask the server.
    Refresh,
}
