//! The static JSON data source: files under `data/`, next to the app. In the browser they are
//! fetched; on the host, when the publish step pre-renders pages, they are read from the files
//! it has just built (see [`super::transport`]).

use std::cell::RefCell;
use std::sync::{Arc, RwLock};

use super::transport::get;
use super::{interpret_response, LoadError};
use crate::data_paths::{self, ListKey};
use crate::model::{
    Comment, CommentFile, DataFile, ListPage, OfflineFile, PageFile, PostFile, Project,
    ProjectsFile, SiteFile, StaticPage,
};
use crate::search::{SearchIndexFile, Searcher};

/// The path the site is served under (`""` or `/blog`); data files live below it.
static SITE_ROOT: RwLock<String> = RwLock::new(String::new());

/// Where the data files are: under the path the site is served from. Set once at start-up.
pub fn set_site_root(base_path: &str) {
    if let Ok(mut root) = SITE_ROOT.write() {
        *root = base_path.trim_end_matches('/').to_owned();
    }
}

/// The address of a data file (`data/site.json`) from any page.
pub(crate) fn data_url(path: &str) -> String {
    let root = SITE_ROOT.read().map(|r| r.clone()).unwrap_or_default();
    format!("{root}/{path}")
}

/// The site's settings and navigation indexes.
/// With a WordPress source, its categories, tags, authors and post count are filled in.
pub async fn fetch_site() -> Result<SiteFile, LoadError> {
    let mut site: SiteFile = fetch_json(&data_paths::site(), Caching::Keep).await?;
    super::wordpress::complete_site(&mut site).await?;
    Ok(site)
}

/// One page of a list of posts.
pub async fn fetch_list(key: ListKey, page: u32) -> Result<ListPage, LoadError> {
    if let Some(query) = super::wordpress::query() {
        return super::wordpress::fetch_list(query, key, page).await;
    }
    fetch_json(&key.data_path(page), Caching::Keep).await
}

/// One post with its neighbours and related posts.
pub async fn fetch_post(slug: String) -> Result<PostFile, LoadError> {
    if let Some(query) = super::wordpress::query() {
        return super::wordpress::fetch_post(query, slug).await;
    }
    fetch_json(&data_paths::post(&slug), Caching::Keep).await
}

/// Brings a post's file into memory ahead of the reader, so that opening it waits for no
/// network; returns it. Failures are left for the real request to report.
pub async fn prefetch_post(slug: String) -> Option<PostFile> {
    match super::wordpress::query() {
        Some(query) => super::wordpress::prefetch_post(query, slug).await,
        None => fetch_post(slug).await.ok(),
    }
}

/// A post's comments, oldest first. Never served from memory: they change most often.
pub async fn fetch_comments(slug: String) -> Result<Vec<Comment>, LoadError> {
    if let Some(query) = super::wordpress::query() {
        return super::wordpress::fetch_comments(query, slug).await;
    }
    fetch_json::<CommentFile>(&data_paths::comments(&slug), Caching::Refresh)
        .await
        .map(|file| file.comments)
}

/// The project register, from the file the site file names (`files.projects`).
pub async fn fetch_projects(path: String) -> Result<Vec<Project>, LoadError> {
    fetch_json::<ProjectsFile>(&path, Caching::Keep).await.map(|f| f.projects)
}

/// A standalone page, from the file the site file names for it (`files.pages`); `None` when
/// the site has no such page.
pub async fn fetch_page(path: Option<String>, slug: String) -> Result<StaticPage, LoadError> {
    match path {
        Some(path) => fetch_json::<PageFile>(&path, Caching::Keep).await.map(|f| f.page),
        None => Err(LoadError::NotFound { url: data_url(&data_paths::page(&slug)) }),
    }
}

/// Everything "Save the whole blog for offline" downloads; never from memory.
pub async fn fetch_offline_list() -> Result<OfflineFile, LoadError> {
    fetch_json(&data_paths::offline(), Caching::Refresh).await
}

thread_local! {
    /// The search index, decoded once a session; kept with its address, which a new publish
    /// changes.
    static SEARCH: RefCell<Option<(String, Arc<Searcher>)>> = const { RefCell::new(None) };
}

/// The search index, ready to answer queries: loaded once, then answered from memory, so
/// search goes on working without a network.
pub async fn fetch_search_index(path: String) -> Result<Arc<Searcher>, LoadError> {
    let cached = SEARCH.with(|s| {
        s.borrow().as_ref().filter(|(p, _)| *p == path).map(|(_, searcher)| Arc::clone(searcher))
    });
    if let Some(searcher) = cached {
        return Ok(searcher);
    }
    // Kept as a decoded index below, so not also as text in the file cache. A WordPress
    // site's index is built from its posts.
    let file: SearchIndexFile = match super::wordpress::query() {
        Some(_) => super::wordpress::search_index().await?,
        None => fetch_json(&path, Caching::Refresh).await?,
    };
    let searcher = Arc::new(Searcher::new(file));
    SEARCH.with(|s| *s.borrow_mut() = Some((path, Arc::clone(&searcher))));
    Ok(searcher)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Caching {
    /// Answer from memory when this session already has the file.
    Keep,
    /// Always ask the server.
    Refresh,
}

async fn fetch_json<T: DataFile>(path: &str, caching: Caching) -> Result<T, LoadError> {
    let url = data_url(path);
    if caching == Caching::Keep {
        if let Some(body) = super::cache::get(&url) {
            return interpret_response(&url, 200, Some("application/json"), &body);
        }
    }
    let answer = get(&url).await?;
    let decoded =
        interpret_response(&url, answer.status, answer.content_type.as_deref(), &answer.body);
    if decoded.is_ok() && caching == Caching::Keep {
        super::cache::put(&url, answer.body);
    }
    decoded
}
