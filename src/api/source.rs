//! The data source pages read from, as a value: the app provides one in Leptos context, the
//! pre-render provides its own for each site it renders, and a test can provide a fixture. No
//! global decides where data comes from; what a source learns as it goes (answers kept for the
//! session, the decoded search index, WordPress's ids, the requests a page has in flight)
//! belongs to it.

use std::sync::{Arc, Mutex};

use leptos::prelude::{expect_context, provide_context};

use super::cache::ResponseCache;
use super::transport::{Answer, Cancel, InFlight, Transport};
use super::wordpress::WordPress;
use super::LoadError;
use crate::search::Searcher;

/// Where a site's data comes from. Cheap to clone: clones share what the source has learnt.
#[derive(Clone)]
pub struct DataSource(pub(super) Arc<Inner>);

pub(super) struct Inner {
    /// The path the site is served under (`""`, `/blog`); its data files are below it.
    pub root: String,
    pub transport: Transport,
    /// Answers kept for the session; only a source that fetches keeps any.
    pub cache: Option<ResponseCache>,
    /// The search index, decoded once; kept with its address, which a new publish changes.
    pub search: Mutex<Option<(String, Arc<Searcher>)>>,
    /// What the source knows about a WordPress site, once the site file names one.
    #[cfg_attr(not(feature = "wordpress"), allow(dead_code))]
    pub wordpress: Mutex<WordPress>,
    pub in_flight: InFlight,
}

impl DataSource {
    fn new(base_path: &str, transport: Transport) -> Self {
        let cache = matches!(transport, Transport::Network).then(ResponseCache::default);
        DataSource(Arc::new(Inner {
            root: base_path.trim_end_matches('/').to_owned(),
            transport,
            cache,
            search: Mutex::default(),
            wordpress: Mutex::default(),
            in_flight: Default::default(),
        }))
    }

    /// The site's data files over the network, below `base_path` (`/`, `/blog/`), and the
    /// WordPress site the site file names, if any. What the browser reads from.
    pub fn network(base_path: &str) -> Self {
        Self::new(base_path, Transport::Network)
    }

    /// Files in memory, by their path in the site (`data/site.json`), for a site served under
    /// `base_path`: the files the publish step has just built, which it pre-renders the pages
    /// from, or a test's fixture. On the host only.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn in_memory(base_path: &str, files: std::collections::HashMap<String, String>) -> Self {
        let files = super::transport::MemoryFiles::new(Arc::new(files));
        Self::new(base_path, Transport::Files(files))
    }

    /// A source over the same files in memory that notes every data file asked of it: the
    /// inputs of the one page rendered from it. `None` for a source that fetches.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn noting_reads(&self) -> Option<(Self, ReadFiles)> {
        let Transport::Files(files) = &self.0.transport else {
            return None;
        };
        let files = super::transport::MemoryFiles::new(Arc::clone(&files.files));
        let reads = ReadFiles(Arc::clone(&files.reads));
        Some((Self::new(&self.0.root, Transport::Files(files)), reads))
    }

    /// The address of a data file (`data/site.json`) from any page.
    pub fn data_url(&self, path: &str) -> String {
        format!("{}/{path}", self.0.root)
    }

    /// Stops the requests the previous page started that have not answered. Called as each
    /// page renders, before its own requests start.
    pub fn begin_page(&self) {
        self.0.in_flight.abort_all();
    }

    /// A GET of `url`, from memory or the network.
    pub(super) async fn get(&self, url: &str, cancel: Cancel) -> Result<Answer, LoadError> {
        match &self.0.transport {
            #[cfg(not(target_arch = "wasm32"))]
            Transport::Files(files) => Ok(files.answer(&self.0.root, url)),
            Transport::Network => self.0.in_flight.get(url, cancel).await,
        }
    }

    pub(super) fn kept(&self, url: &str) -> Option<String> {
        self.0.cache.as_ref()?.get(url)
    }

    pub(super) fn keep(&self, url: &str, body: String) {
        if let Some(cache) = &self.0.cache {
            cache.put(url, body);
        }
    }
}

/// The data files a source made by [`DataSource::noting_reads`] was asked for, found or not,
/// by their path in the site (`data/site.json`).
#[cfg(not(target_arch = "wasm32"))]
pub struct ReadFiles(Arc<Mutex<std::collections::BTreeSet<String>>>);

#[cfg(not(target_arch = "wasm32"))]
impl ReadFiles {
    pub fn paths(&self) -> Vec<String> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).iter().cloned().collect()
    }
}

/// Makes `source` what every page inside the current owner reads from.
pub fn provide_data_source(source: DataSource) {
    provide_context(source);
}

/// The data source the app or the pre-render provided.
///
/// # Panics
/// Outside a view given one with [`provide_data_source`]: a programming error.
pub fn use_data_source() -> DataSource {
    expect_context::<DataSource>()
}
