//! The static JSON data source: files under `data/`, next to the app.

use std::cell::RefCell;
use std::sync::Arc;

use gloo_net::http::Request;
use serde::de::DeserializeOwned;

use super::cache;
use super::{interpret_response, LoadError};
use crate::data_paths::{self, ListKey};
use crate::model::{
    Comment, CommentFile, ListPage, PageFile, PostFile, Project, ProjectsFile, SiteFile, StaticPage,
};
use crate::search::{SearchIndexFile, Searcher};

thread_local! {
    /// The path the site is served under (`""` or `/blog`); data files live below it.
    static SITE_ROOT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Where the data files are: under the path the site is served from. Set once at start-up.
pub fn set_site_root(base_path: &str) {
    SITE_ROOT.with(|root| *root.borrow_mut() = base_path.trim_end_matches('/').to_owned());
}

/// The address of a data file (`data/site.json`) from any page.
fn data_url(path: &str) -> String {
    SITE_ROOT.with(|root| format!("{}/{path}", root.borrow()))
}

/// The site's settings and navigation indexes.
pub async fn fetch_site() -> Result<SiteFile, LoadError> {
    fetch_json(&data_paths::site(), Caching::Keep).await
}

/// One page of a list of posts.
pub async fn fetch_list(key: ListKey, page: u32) -> Result<ListPage, LoadError> {
    fetch_json(&key.data_path(page), Caching::Keep).await
}

/// One post with its neighbours and related posts.
pub async fn fetch_post(slug: String) -> Result<PostFile, LoadError> {
    fetch_json(&data_paths::post(&slug), Caching::Keep).await
}

/// A post's comments, oldest first. Never served from memory: they change most often.
pub async fn fetch_comments(slug: String) -> Result<Vec<Comment>, LoadError> {
    fetch_json::<CommentFile>(&data_paths::comments(&slug), Caching::Refresh)
        .await
        .map(|file| file.comments)
}

/// The project register, from the file the site file names.
pub async fn fetch_projects(site: SiteFile) -> Result<Vec<Project>, LoadError> {
    fetch_json::<ProjectsFile>(&site.files.projects, Caching::Keep).await.map(|f| f.projects)
}

/// A standalone page, from the file the site file names for it.
pub async fn fetch_page(site: SiteFile, slug: String) -> Result<StaticPage, LoadError> {
    match site.files.pages.get(&slug) {
        Some(path) => fetch_json::<PageFile>(path, Caching::Keep).await.map(|f| f.page),
        None => Err(LoadError::NotFound { url: data_url(&data_paths::page(&slug)) }),
    }
}

thread_local! {
    /// The search index, decoded once a session; kept with its address, which a new publish
    /// changes.
    static SEARCH: RefCell<Option<(String, Arc<Searcher>)>> = const { RefCell::new(None) };
}

/// The search index, ready to answer queries: loaded once, then answered from memory, so
/// search goes on working without a network.
pub async fn fetch_search_index(site: SiteFile) -> Result<Arc<Searcher>, LoadError> {
    let path = site.files.search;
    let cached = SEARCH.with(|s| {
        s.borrow().as_ref().filter(|(p, _)| *p == path).map(|(_, searcher)| Arc::clone(searcher))
    });
    if let Some(searcher) = cached {
        return Ok(searcher);
    }
    // Kept as a decoded index below, so not also as text in the file cache.
    let file: SearchIndexFile = fetch_json(&path, Caching::Refresh).await?;
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

async fn fetch_json<T: DeserializeOwned>(path: &str, caching: Caching) -> Result<T, LoadError> {
    let url = &data_url(path);
    if caching == Caching::Keep {
        if let Some(body) = cache::get(url) {
            return interpret_response(url, 200, Some("application/json"), &body);
        }
    }
    let network =
        |err: gloo_net::Error| LoadError::Network { url: url.to_owned(), message: err.to_string() };
    let response = Request::get(url).send().await.map_err(network)?;
    let content_type = response.headers().get("content-type");
    let body = response.text().await.map_err(network)?;
    let decoded = interpret_response(url, response.status(), content_type.as_deref(), &body);
    if decoded.is_ok() && caching == Caching::Keep {
        cache::put(url, body);
    }
    decoded
}
