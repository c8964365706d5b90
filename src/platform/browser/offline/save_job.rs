//! "Save the whole blog for offline": every page and file downloaded through the service
//! worker, which keeps them.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::model::OfflineItem;
use crate::platform::offline_types::SaveOutcome;

/// Downloads a list of pages and files through the service worker, which keeps them.
/// A few at a time; [`SaveJob::cancel`] stops it at once.
pub struct SaveJob {
    cancelled: Rc<Cell<bool>>,
    abort: Option<web_sys::AbortController>,
}

impl Default for SaveJob {
    fn default() -> Self {
        SaveJob {
            cancelled: Rc::new(Cell::new(false)),
            abort: web_sys::AbortController::new().ok(),
        }
    }
}

const PARALLEL_DOWNLOADS: usize = 4;

impl SaveJob {
    pub fn cancel(&self) {
        self.cancelled.set(true);
        if let Some(abort) = &self.abort {
            abort.abort();
        }
    }

    /// Saves `items` (paths under `base`), calling `saved(bytes)` after each one.
    pub async fn run(
        &self,
        base: &str,
        items: Vec<OfflineItem>,
        saved: impl Fn(u64) + 'static,
    ) -> SaveOutcome {
        let queue = Rc::new(RefCell::new(VecDeque::from(items)));
        let failed = Rc::new(Cell::new(0usize));
        let saved: Rc<dyn Fn(u64)> = Rc::new(saved);
        let signal = self.abort.as_ref().map(|a| a.signal());
        let downloads = (0..PARALLEL_DOWNLOADS).map(|_| {
            let (queue, failed, saved, cancelled, signal) = (
                queue.clone(),
                failed.clone(),
                saved.clone(),
                self.cancelled.clone(),
                signal.clone(),
            );
            let base = base.to_owned();
            async move {
                loop {
                    if cancelled.get() {
                        return;
                    }
                    let Some(item) = queue.borrow_mut().pop_front() else {
                        return;
                    };
                    match download(&format!("{base}{}", item.path), signal.as_ref()).await {
                        Some(bytes) => saved(bytes),
                        None if cancelled.get() => return,
                        None => failed.set(failed.get() + 1),
                    }
                }
            }
        });
        futures::future::join_all(downloads).await;
        if self.cancelled.get() {
            SaveOutcome::Cancelled
        } else {
            SaveOutcome::Finished { failed: failed.get() }
        }
    }
}

/// Fetches `url` past the HTTP cache (the worker keeps the answer); its size, or `None`.
async fn download(url: &str, signal: Option<&web_sys::AbortSignal>) -> Option<u64> {
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::Reload);
    init.set_signal(signal);
    let response =
        JsFuture::from(web_sys::window()?.fetch_with_str_and_init(url, &init)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let body = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::ArrayBuffer::from(body).byte_length() as u64)
}
