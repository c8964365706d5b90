//! The pages and files the service worker has saved on this device: when, which, how much
//! space they take, and clearing them.

use js_sys::Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{caches, own_caches};
use crate::platform::offline_types::SavedPage;

async fn open_cache(name: &str) -> Option<web_sys::Cache> {
    let opened = JsFuture::from(caches()?.open(name)).await.ok()?;
    opened.dyn_into().ok()
}

fn header(response: &web_sys::Response, name: &str) -> Option<String> {
    response.headers().get(name).ok().flatten()
}

/// When the page at `url` was saved, if it was.
pub async fn saved_at(base: &str, url: &str) -> Option<String> {
    let pages = open_cache(&format!("{}pages", own_caches(base))).await?;
    let found = JsFuture::from(pages.match_with_str(url)).await.ok()?;
    header(&found.dyn_into().ok()?, "x-saved-at")
}

/// Every page saved on this device, by title.
pub async fn saved_pages(base: &str) -> Vec<SavedPage> {
    let Some(pages) = open_cache(&format!("{}pages", own_caches(base))).await else {
        return Vec::new();
    };
    let Ok(keys) = JsFuture::from(pages.keys()).await else {
        return Vec::new();
    };
    let mut saved = Vec::new();
    for request in Array::from(&keys).iter() {
        let Ok(request) = request.dyn_into::<web_sys::Request>() else {
            continue;
        };
        let Ok(found) = JsFuture::from(pages.match_with_request(&request)).await else {
            continue;
        };
        let Ok(response) = found.dyn_into::<web_sys::Response>() else {
            continue;
        };
        let title = header(&response, "x-page-title")
            .and_then(|t| js_sys::decode_uri_component(&t).ok())
            .map(String::from)
            .unwrap_or_else(|| request.url());
        saved.push(SavedPage {
            url: request.url(),
            title,
            saved_at: header(&response, "x-saved-at"),
        });
    }
    saved.sort_by(|a, b| a.title.cmp(&b.title));
    saved
}

/// How much storage this site uses on the device, in bytes.
pub async fn storage_used() -> Option<u64> {
    let storage = web_sys::window()?.navigator().storage();
    let estimate = JsFuture::from(storage.estimate().ok()?).await.ok()?;
    if !estimate.is_object() {
        return None;
    }
    let estimate: web_sys::StorageEstimate = estimate.unchecked_into();
    estimate.get_usage().map(|bytes| bytes as u64)
}

/// Forgets every saved page and file; the app itself stays, so the site still starts offline.
pub async fn clear_saved(base: &str) {
    let Some(storage) = caches() else {
        return;
    };
    let Ok(names) = JsFuture::from(storage.keys()).await else {
        return;
    };
    let own = own_caches(base);
    for name in Array::from(&names).iter().filter_map(|n| n.as_string()) {
        let saved = name.strip_prefix(&own).is_some_and(|kind| !kind.starts_with("shell:"));
        if saved {
            let _ = JsFuture::from(storage.delete(&name)).await;
        }
    }
}
