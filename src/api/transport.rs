//! How a data file's answer is obtained: `fetch` in the browser; on the host, the files the
//! publish step has just built, held in memory while it pre-renders the pages.

use super::LoadError;

/// A server's answer to a request for a data file.
pub struct Answer {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: String,
    /// WordPress's paging headers, `X-WP-Total` and `X-WP-TotalPages`, when sent.
    pub total: Option<String>,
    pub total_pages: Option<String>,
}

#[cfg(target_arch = "wasm32")]
pub async fn get(url: &str) -> Result<Answer, LoadError> {
    send(gloo_net::http::Request::get(url), url).await
}

/// A GET that is stopped when the reader moves to another page before it answers (see
/// [`begin_page`]).
#[cfg(target_arch = "wasm32")]
pub async fn get_cancellable(url: &str) -> Result<Answer, LoadError> {
    let Ok(controller) = web_sys::AbortController::new() else {
        return get(url).await;
    };
    let signal = controller.signal();
    let _in_flight = in_flight::register(controller);
    send(gloo_net::http::Request::get(url).abort_signal(Some(&signal)), url).await
}

/// Stops the requests the previous page started that have not answered. Called as each
/// page renders, before its own requests start. (A Leptos resource's task runs to its end
/// even when its page is gone, so dropping it would not stop a request.)
#[cfg(target_arch = "wasm32")]
pub fn begin_page() {
    in_flight::abort_all();
}

#[cfg(not(target_arch = "wasm32"))]
pub fn begin_page() {}

#[cfg(target_arch = "wasm32")]
mod in_flight {
    use std::cell::{Cell, RefCell};

    thread_local! {
        static REQUESTS: RefCell<Vec<(u64, web_sys::AbortController)>> = const { RefCell::new(Vec::new()) };
        static NEXT: Cell<u64> = const { Cell::new(0) };
    }

    /// Forgets the request when it ends, however it ends.
    pub struct InFlight(u64);

    impl Drop for InFlight {
        fn drop(&mut self) {
            let id = self.0;
            REQUESTS.with(|r| r.borrow_mut().retain(|(other, _)| *other != id));
        }
    }

    pub fn register(controller: web_sys::AbortController) -> InFlight {
        let id = NEXT.with(|n| {
            n.set(n.get() + 1);
            n.get()
        });
        REQUESTS.with(|r| r.borrow_mut().push((id, controller)));
        InFlight(id)
    }

    pub fn abort_all() {
        let requests = REQUESTS.with(|r| std::mem::take(&mut *r.borrow_mut()));
        for (_, controller) in requests {
            controller.abort();
        }
    }
}

/// A POST of `json`; its answer, whatever the status.
#[cfg(target_arch = "wasm32")]
pub async fn post_json(url: &str, json: String) -> Result<Answer, LoadError> {
    let request = gloo_net::http::Request::post(url)
        .header("content-type", "application/json")
        .body(json)
        .map_err(|err| LoadError::Network { url: url.to_owned(), message: err.to_string() })?;
    let network =
        |err: gloo_net::Error| LoadError::Network { url: url.to_owned(), message: err.to_string() };
    let response = request.send().await.map_err(network)?;
    let content_type = response.headers().get("content-type");
    let body = super::body_text(response.binary().await.map_err(network)?);
    Ok(Answer { status: response.status(), content_type, body, total: None, total_pages: None })
}

/// The host sends nothing anywhere: it only renders pages.
#[cfg(not(target_arch = "wasm32"))]
pub async fn post_json(url: &str, _json: String) -> Result<Answer, LoadError> {
    Err(LoadError::Network { url: url.to_owned(), message: "the host does not send".into() })
}

#[cfg(target_arch = "wasm32")]
pub async fn send(request: gloo_net::http::RequestBuilder, url: &str) -> Result<Answer, LoadError> {
    let network =
        |err: gloo_net::Error| LoadError::Network { url: url.to_owned(), message: err.to_string() };
    let response = request.send().await.map_err(network)?;
    let headers = response.headers();
    let content_type = headers.get("content-type");
    let total = headers.get("x-wp-total");
    let total_pages = headers.get("x-wp-totalpages");
    let body = super::body_text(response.binary().await.map_err(network)?);
    Ok(Answer { status: response.status(), content_type, body, total, total_pages })
}

#[cfg(not(target_arch = "wasm32"))]
pub use host::{get, get as get_cancellable, serve_published_files};

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use std::collections::HashMap;
    use std::sync::{Arc, RwLock};

    use super::{Answer, LoadError};

    /// The files, and the path the site is served under (`""`, `/blog`, `/intranet/strategy`).
    type Published = Arc<(String, HashMap<String, String>)>;
    static FILES: RwLock<Option<Published>> = RwLock::new(None);

    /// Makes `files` (site path without the leading `/`, such as `data/site.json`, to
    /// contents) what requests for data files are answered from, for a site served under
    /// `site_root` (a base path such as `/blog`; `""` at the root).
    pub fn serve_published_files(site_root: &str, files: HashMap<String, String>) {
        if let Ok(mut slot) = FILES.write() {
            *slot = Some(Arc::new((site_root.trim_end_matches('/').to_owned(), files)));
        }
    }

    /// The file a request for `url` (a path, as the app asks for it: the site root, then the
    /// file's path) names. A path outside the site's root names none, as a server would
    /// answer 404 for it.
    pub(super) fn published<'a>(
        files: &'a HashMap<String, String>,
        site_root: &str,
        url: &str,
    ) -> Option<&'a String> {
        let path = url.split(['?', '#']).next().unwrap_or(url);
        let in_site = path.strip_prefix(site_root)?.strip_prefix('/')?;
        files.get(in_site)
    }

    pub async fn get(url: &str) -> Result<Answer, LoadError> {
        let site = FILES.read().ok().and_then(|f| f.clone());
        let found = site.as_ref().and_then(|site| published(&site.1, &site.0, url));
        Ok(match found {
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
        })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::collections::HashMap;

    use super::host::published;

    fn files() -> HashMap<String, String> {
        HashMap::from([("data/site.json".to_owned(), "{}".to_owned())])
    }

    #[test]
    fn finds_data_files_under_a_site_root_of_any_depth() {
        let files = files();
        for root in ["", "/blog", "/intranet/strategy", "/a/b/c/d"] {
            let url = format!("{root}/data/site.json");
            assert_eq!(published(&files, root, &url).map(String::as_str), Some("{}"), "{url}");
        }
        assert!(published(&files, "", "/data/site.json?v=1").is_some());
    }

    #[test]
    fn a_path_outside_the_site_root_finds_nothing() {
        let files = files();
        assert_eq!(published(&files, "/intranet/strategy", "/intranet/data/site.json"), None);
        assert_eq!(published(&files, "/intranet/strategy", "/strategy/data/site.json"), None);
        assert_eq!(published(&files, "/intranet/strategy", "/data/site.json"), None);
        assert_eq!(published(&files, "/blog", "/blogdata/site.json"), None);
        assert_eq!(published(&files, "", "data/site.json"), None);
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
