//! How a data file's answer is obtained: `fetch` in the browser, or files held in memory (the
//! files the publish step has just built, while it pre-renders the pages; a test's fixture).

#[cfg(not(target_arch = "wasm32"))]
use std::collections::{BTreeSet, HashMap};
#[cfg(not(target_arch = "wasm32"))]
use std::sync::{Arc, Mutex};

use super::LoadError;

/// A server's answer to a request for a data file.
pub struct Answer {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: String,
    /// WordPress's paging headers, `X-WP-Total` and `X-WP-TotalPages`, when sent (read only
    /// where the build has the WordPress source).
    #[cfg_attr(not(feature = "wordpress"), allow(dead_code))]
    pub total: Option<String>,
    #[cfg_attr(not(feature = "wordpress"), allow(dead_code))]
    pub total_pages: Option<String>,
}

/// Where a data source's requests go.
pub enum Transport {
    /// The network, with `fetch`. Only the browser fetches: on the host every request fails.
    Network,
    /// Files in memory, by their path in the site (`data/site.json`), answered as a static
    /// file server would answer them. Host only: the browser reads the network, and leaving
    /// this out of the wasm keeps it from growing.
    #[cfg(not(target_arch = "wasm32"))]
    Files(MemoryFiles),
}

/// Files in memory, shared by every source made from them, and the paths asked of them
/// through this source: what one pre-rendered page was made from, so that a later publish
/// can tell whether the page would come out the same (`crates/publish/src/incremental.rs`).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone)]
pub struct MemoryFiles {
    pub files: Arc<HashMap<String, String>>,
    pub reads: Arc<Mutex<BTreeSet<String>>>,
}

#[cfg(not(target_arch = "wasm32"))]
impl MemoryFiles {
    pub fn new(files: Arc<HashMap<String, String>>) -> Self {
        MemoryFiles { files, reads: Arc::default() }
    }

    /// The answer to `url` under `site_root`, noting the file's path (found or not).
    pub fn answer(&self, site_root: &str, url: &str) -> Answer {
        if let Some(path) = site_path(site_root, url) {
            self.reads.lock().unwrap_or_else(|p| p.into_inner()).insert(path.to_owned());
        }
        file_answer(&self.files, site_root, url)
    }
}

/// The file a request for `url` names below `site_root`, if any.
#[cfg(not(target_arch = "wasm32"))]
fn site_path<'a>(site_root: &str, url: &'a str) -> Option<&'a str> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    path.strip_prefix(site_root).and_then(|p| p.strip_prefix('/'))
}

/// Whether a request is stopped when the reader moves to another page before it answers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Cancel {
    /// Stopped when the reader moves to another page (see [`InFlight::abort_all`]).
    OnLeave,
    Never,
}

#[cfg(not(target_arch = "wasm32"))]
/// The answer a file in memory gives a request for `url` (a path, as the app asks for it:
/// the site root, then the file's path). A path outside the site's root names no file, as a
/// server would answer 404 for it.
pub fn file_answer(files: &HashMap<String, String>, site_root: &str, url: &str) -> Answer {
    match site_path(site_root, url).and_then(|p| files.get(p)) {
        Some(body) => Answer {
            status: 200,
            content_type: Some("application/json".into()),
            body: body.clone(),
            total: None,
            total_pages: None,
        },
        None => Answer {
            status: 404,
            content_type: None,
            body: String::new(),
            total: None,
            total_pages: None,
        },
    }
}

#[cfg(all(target_arch = "wasm32", feature = "wordpress"))]
pub use browser::post_json;
#[cfg(target_arch = "wasm32")]
pub use browser::InFlight;
#[cfg(not(target_arch = "wasm32"))]
pub use host::{post_json, InFlight};

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Mutex;

    use send_wrapper::SendWrapper;

    use super::{Answer, Cancel, LoadError};

    /// The requests pages have started that have not answered yet, so that moving to another
    /// page stops them. (A Leptos resource's task runs to its end even when its page is gone,
    /// so dropping it would not stop a request.)
    #[derive(Default)]
    pub struct InFlight {
        // The browser has one thread; the wrapper lets the source be shared as context.
        requests: Mutex<Vec<(u64, SendWrapper<web_sys::AbortController>)>>,
        next: AtomicU64,
    }

    /// Forgets its request when the request ends, however it ends.
    struct Registered<'a>(&'a InFlight, u64);

    impl Drop for Registered<'_> {
        fn drop(&mut self) {
            if let Ok(mut requests) = self.0.requests.lock() {
                requests.retain(|(other, _)| *other != self.1);
            }
        }
    }

    impl InFlight {
        /// A GET of `url`; stopped by [`InFlight::abort_all`] when `cancel` says so.
        pub async fn get(&self, url: &str, cancel: Cancel) -> Result<Answer, LoadError> {
            let controller = match cancel {
                Cancel::OnLeave => web_sys::AbortController::new().ok(),
                Cancel::Never => None,
            };
            let Some(controller) = controller else {
                return network_get(url).await;
            };
            let signal = controller.signal();
            let id = self.next.fetch_add(1, Ordering::Relaxed);
            if let Ok(mut requests) = self.requests.lock() {
                requests.push((id, SendWrapper::new(controller)));
            }
            let _registered = Registered(self, id);
            send(gloo_net::http::Request::get(url).abort_signal(Some(&signal)), url).await
        }

        /// Stops the requests the previous page started that have not answered. Called as
        /// each page renders, before its own requests start.
        pub fn abort_all(&self) {
            let requests =
                self.requests.lock().map(|mut r| std::mem::take(&mut *r)).unwrap_or_default();
            for (_, controller) in requests {
                controller.abort();
            }
        }
    }

    async fn network_get(url: &str) -> Result<Answer, LoadError> {
        send(gloo_net::http::Request::get(url), url).await
    }

    /// A POST of `json`; its answer, whatever the status.
    #[cfg(feature = "wordpress")]
    pub async fn post_json(url: &str, json: String) -> Result<Answer, LoadError> {
        let request = gloo_net::http::Request::post(url)
            .header("content-type", "application/json")
            .body(json)
            .map_err(|err| LoadError::Network { url: url.to_owned(), message: err.to_string() })?;
        let network = |err: gloo_net::Error| LoadError::Network {
            url: url.to_owned(),
            message: err.to_string(),
        };
        let response = request.send().await.map_err(network)?;
        let content_type = response.headers().get("content-type");
        let body = crate::api::body_text(response.binary().await.map_err(network)?);
        Ok(Answer { status: response.status(), content_type, body, total: None, total_pages: None })
    }

    async fn send(request: gloo_net::http::RequestBuilder, url: &str) -> Result<Answer, LoadError> {
        let network = |err: gloo_net::Error| LoadError::Network {
            url: url.to_owned(),
            message: err.to_string(),
        };
        let response = request.send().await.map_err(network)?;
        let headers = response.headers();
        let content_type = headers.get("content-type");
        let total = headers.get("x-wp-total");
        let total_pages = headers.get("x-wp-totalpages");
        let body = crate::api::body_text(response.binary().await.map_err(network)?);
        Ok(Answer { status: response.status(), content_type, body, total, total_pages })
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use super::{Answer, Cancel, LoadError};

    /// The host renders pages from files in memory; it never has a request to stop.
    #[derive(Default)]
    pub struct InFlight;

    impl InFlight {
        pub async fn get(&self, url: &str, _cancel: Cancel) -> Result<Answer, LoadError> {
            Err(not_here(url))
        }

        pub fn abort_all(&self) {}
    }

    fn not_here(url: &str) -> LoadError {
        LoadError::Network { url: url.to_owned(), message: "the host does not fetch".into() }
    }

    /// The host sends nothing anywhere: it only renders pages.
    pub async fn post_json(url: &str, _json: String) -> Result<Answer, LoadError> {
        Err(not_here(url))
    }
}

/// Makes a data request fit for a `Resource`, which wants a `Send` future: the browser runs
/// everything on one thread, so its requests are wrapped; the host's are `Send` already.
#[cfg(target_arch = "wasm32")]
pub fn sendable<F>(future: F) -> impl std::future::Future<Output = F::Output> + Send
where
    F: std::future::Future + 'static,
{
    send_wrapper::SendWrapper::new(future)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn sendable<F>(future: F) -> impl std::future::Future<Output = F::Output> + Send
where
    F: std::future::Future + Send + 'static,
{
    future
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::collections::HashMap;

    use super::file_answer;

    fn files() -> HashMap<String, String> {
        HashMap::from([("data/site.json".to_owned(), "{}".to_owned())])
    }

    fn found(files: &HashMap<String, String>, root: &str, url: &str) -> Option<String> {
        let answer = file_answer(files, root, url);
        (answer.status == 200).then_some(answer.body)
    }

    #[test]
    fn finds_data_files_under_a_site_root_of_any_depth() {
        let files = files();
        for root in ["", "/blog", "/intranet/strategy", "/a/b/c/d"] {
            let url = format!("{root}/data/site.json");
            assert_eq!(found(&files, root, &url).as_deref(), Some("{}"), "{url}");
        }
        assert!(found(&files, "", "/data/site.json?v=1").is_some());
    }

    #[test]
    fn a_path_outside_the_site_root_finds_nothing() {
        let files = files();
        assert_eq!(found(&files, "/intranet/strategy", "/intranet/data/site.json"), None);
        assert_eq!(found(&files, "/intranet/strategy", "/strategy/data/site.json"), None);
        assert_eq!(found(&files, "/intranet/strategy", "/data/site.json"), None);
        assert_eq!(found(&files, "/blog", "/blogdata/site.json"), None);
        assert_eq!(found(&files, "", "data/site.json"), None);
    }
}
