//! How a data file's answer is obtained: `fetch` in the browser; on the host, the files the
//! publish step has just built, held in memory while it pre-renders the pages.

use super::LoadError;

/// A server's answer to a request for a data file.
pub struct Answer {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: String,
}

#[cfg(target_arch = "wasm32")]
pub async fn get(url: &str) -> Result<Answer, LoadError> {
    use gloo_net::http::Request;

    let network =
        |err: gloo_net::Error| LoadError::Network { url: url.to_owned(), message: err.to_string() };
    let response = Request::get(url).send().await.map_err(network)?;
    let content_type = response.headers().get("content-type");
    let body = response.text().await.map_err(network)?;
    Ok(Answer { status: response.status(), content_type, body })
}

#[cfg(not(target_arch = "wasm32"))]
pub use host::{get, serve_published_files};

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use std::collections::HashMap;
    use std::sync::{Arc, RwLock};

    use super::{Answer, LoadError};

    static FILES: RwLock<Option<Arc<HashMap<String, String>>>> = RwLock::new(None);

    /// Makes `files` (site path without the leading `/`, such as `data/site.json`, to
    /// contents) what requests for data files are answered from.
    pub fn serve_published_files(files: HashMap<String, String>) {
        if let Ok(mut slot) = FILES.write() {
            *slot = Some(Arc::new(files));
        }
    }

    pub async fn get(url: &str) -> Result<Answer, LoadError> {
        let files = FILES.read().ok().and_then(|f| f.clone());
        let path = url.trim_start_matches('/');
        let found = files.as_ref().and_then(|files| {
            files.get(path).or_else(|| path.split_once('/').and_then(|(_, rest)| files.get(rest)))
        });
        Ok(match found {
            Some(body) => Answer {
                status: 200,
                content_type: Some("application/json".into()),
                body: body.clone(),
            },
            None => Answer { status: 404, content_type: None, body: String::new() },
        })
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
