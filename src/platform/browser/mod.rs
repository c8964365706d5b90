//! The browser's half of `platform`: the calls into the browser that are not fetching.

pub mod comment_outbox;
pub mod embed;
pub mod entities;
pub mod offline;
pub mod sanitise;
pub mod scroll;

use wasm_bindgen::JsCast;

/// The page's document, where there is one.
pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The address bar's path, and its query without the `?`.
pub fn address() -> (String, String) {
    let location = web_sys::window().map(|w| w.location());
    let path = location.as_ref().and_then(|l| l.pathname().ok()).unwrap_or_else(|| "/".into());
    let query = location.and_then(|l| l.search().ok()).unwrap_or_default();
    (path, query.trim_start_matches('?').to_owned())
}

/// The time now, from the browser's clock.
pub fn now() -> crate::model::Timestamp {
    crate::model::Timestamp::from_unix_seconds((js_sys::Date::now() / 1000.0) as i64)
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

/// A new element that is in no page: somewhere to build a view nobody sees.
pub fn detached_element() -> Option<web_sys::Element> {
    document()?.create_element("div").ok()
}

/// Moves focus to `element` without scrolling to it (scroll is the router's business).
pub fn focus_without_scrolling(element: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// What the page tells the app about itself before it starts.
pub struct PageSetup {
    /// The path the site is served under, such as `/` or `/blog/`.
    pub base_path: String,
    /// The site's address as the browser sees it, without a trailing slash.
    pub site_url: String,
    /// The address bar's path and query (without `?`).
    pub path: String,
    pub query: String,
    /// For a pre-rendered page, the data it was rendered from.
    pub hydration: Option<Hydration>,
}

/// The data a pre-rendered page carries (see `prerender::page_document`).
#[derive(serde::Deserialize)]
pub struct Hydration {
    /// The address the page was rendered for.
    pub page: String,
    /// `[hydration id, serialized value]`.
    resources: Vec<(String, String)>,
}

/// Reads the page's setup. The base path comes from `<meta name="app-base">` in a pre-rendered
/// page, or from the `<base href>` Trunk writes into the page shell; a `<base>` is then
/// removed, because the app writes absolute paths everywhere, and without it fragment links
/// (`#comment-3`, a table of contents, footnotes) point into the page they are on.
pub fn page_setup() -> PageSetup {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let (path, query) = address();
    let base_path = page_base_path();
    let document = document();
    let hydration = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("app-hydration"))
        .and_then(|script| script.text_content())
        .and_then(|text| serde_json::from_str(&text).ok());
    let site_url = format!("{origin}{}", base_path.trim_end_matches('/'));
    PageSetup { base_path, site_url, path, query, hydration }
}

/// The path the site is served under: from `<meta name="app-base">` in a pre-rendered page, or
/// from the `<base href>` Trunk writes into the page shell. A `<base>` is then removed (see
/// [`page_setup`]).
pub fn page_base_path() -> String {
    let document = document();
    let meta_base = document
        .as_ref()
        .and_then(|d| d.query_selector("meta[name=app-base]").ok().flatten())
        .and_then(|m| m.get_attribute("content"));
    let base_element =
        document.as_ref().and_then(|d| d.query_selector("base[href]").ok().flatten());
    let base_path = match (meta_base, &base_element) {
        (Some(base), _) => base,
        (None, Some(base)) => base
            .dyn_ref::<web_sys::HtmlBaseElement>()
            .and_then(|b| web_sys::Url::new(&b.href()).ok())
            .map(|u| u.pathname())
            .unwrap_or_else(|| "/".into()),
        (None, None) => "/".into(),
    };
    if let Some(base) = base_element {
        base.remove();
    }
    base_path
}

/// Hands a pre-rendered page's data to Leptos's hydration, which reads it from globals.
pub fn install_hydration_data(hydration: &Hydration) {
    let Some(window) = web_sys::window() else { return };
    // Keyed by Leptos's hydration ids, which are strings ("3", or "3-0" in a nested scope).
    let resources = js_sys::Object::new();
    for (id, value) in &hydration.resources {
        let _ = js_sys::Reflect::set(&resources, &id.into(), &value.into());
    }
    let set = |name: &str, value: &wasm_bindgen::JsValue| {
        let _ = js_sys::Reflect::set(&window, &name.into(), value);
    };
    set("__RESOLVED_RESOURCES", &resources);
    for name in [
        "__SERIALIZED_ERRORS",
        "__INCOMPLETE_CHUNKS",
        "__PENDING_RESOURCES",
        "__RESOURCE_RESOLVERS",
    ] {
        set(name, &js_sys::Array::new());
    }
}

/// Empties `<body>`, for rendering the app into a page that was not rendered for this address.
pub fn clear_body() {
    if let Some(body) = document().and_then(|d| d.body()) {
        body.set_inner_html("");
    }
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

/// Records on `<html data-app>` how the app started (`hydrated` a pre-rendered page, or
/// `rendered` into the page shell): styles and tests can tell the app has taken over.
pub fn mark_started(how: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-app", how);
    }
}

/// Records on the page which post was last rehearsed off screen (`data-rehearsed`), so that
/// a test or a developer can tell that it happened.
pub fn mark_rehearsed(slug: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-rehearsed", slug);
    }
}

/// Records on the page that a live refresh of `what` (`list`, `post`, `comments`) has had
/// WordPress's answer (`data-live-{what}`: `same`, `updated`, or `kept` when WordPress did
/// not answer), so that a test or a developer can tell that it happened and what it did.
pub fn mark_refreshed(what: &str, outcome: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute(&format!("data-live-{what}"), outcome);
    }
}

/// Adds the HTML `next` gives to the end of `element`, one piece per task until it gives
/// none, so that the page can draw and answer the reader in between. Stops when the element
/// leaves the page.
pub fn append_html_in_turn(
    element: web_sys::Element,
    mut next: impl FnMut() -> Option<crate::safe_html::SafeHtml> + 'static,
) {
    let _ = leptos::prelude::set_timeout(
        move || {
            if !element.is_connected() {
                return;
            }
            if let Some(html) = next() {
                let _ = element.insert_adjacent_html("beforeend", &html);
                append_html_in_turn(element, next);
            }
        },
        std::time::Duration::ZERO,
    );
}

/// Runs `work` once the browser has drawn the next frame: for work a page needs soon but not
/// before the reader sees it.
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    // Animation frame callbacks run just before drawing; a task queued from one runs after.
    let _ = leptos::prelude::request_animation_frame(move || {
        let _ = leptos::prelude::set_timeout(work, std::time::Duration::ZERO);
    });
}
