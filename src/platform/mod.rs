//! The browser calls that are not fetching: focus, scroll, clipboard, sharing, the page's
//! address. Views call these only from event handlers and effects, never while rendering,
//! so the same views render on the host.

pub mod scroll;

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Moves keyboard focus to the element with `id`, if there is one.
pub fn focus_element(id: &str) {
    let element = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Moves focus to `element` without scrolling to it (scroll is the router's business).
pub fn focus_without_scrolling(element: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// Reads the site's address from `<base href>` (which Trunk fills in from `public_url`) and
/// then removes the element: after start-up every address the app writes is absolute, and
/// without a `<base>`, fragment links (`#comment-3`, a table of contents, footnotes) point
/// into the page they are on rather than to the site's root.
///
/// Returns the site's address without its trailing slash (`https://blog.example/sub`) and
/// the path part of it (`/sub/`).
pub fn take_base_element() -> Option<(String, String)> {
    let base = document()?.query_selector("base[href]").ok()??;
    let href = base.dyn_ref::<web_sys::HtmlBaseElement>()?.href();
    base.remove();
    let path = web_sys::Url::new(&href).ok()?.pathname();
    Some((href.trim_end_matches('/').to_owned(), path))
}

/// Whether the browser offers the Web Share API.
pub fn can_share() -> bool {
    web_sys::window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
        .unwrap_or(false)
}

/// Opens the system share sheet. `Ok(false)` when the reader cancelled it.
pub async fn share(title: &str, url: &str) -> Result<bool, String> {
    let window = web_sys::window().ok_or("no window")?;
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    match wasm_bindgen_futures::JsFuture::from(window.navigator().share_with_data(&data)).await {
        Ok(_) => Ok(true),
        Err(err) => {
            let name = js_sys::Reflect::get(&err, &"name".into()).ok().and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") {
                Ok(false)
            } else {
                Err(name.unwrap_or_else(|| "share failed".into()))
            }
        }
    }
}

/// Puts `text` on the clipboard.
pub async fn copy_to_clipboard(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|err| format!("{err:?}"))
}

/// Shows `address` in the address bar in place of the current entry, without a navigation:
/// for state, such as a search as it is typed, that a reload or bookmark should keep.
pub fn replace_address(address: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(address));
    }
}
