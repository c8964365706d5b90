//! An embedded view's side of the embed protocol: it tells the page around it its height
//! whenever that changes, but only a page on an allowed origin.
//!
//! The message, posted to the parent window: `{ type: "blog-embed:height", frame, height }`,
//! `frame` being the `frame` query parameter the loader (public/embed.js) gave the iframe.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::embed_origins::origin_allowed;

/// The origin of the page the blog is embedded in, if it is embedded.
fn parent_origin(window: &web_sys::Window) -> Option<String> {
    let parent = window.parent().ok().flatten()?;
    if parent == *window {
        return None;
    }
    // Chromium and Safari name it; elsewhere the referrer is the embedding page.
    let ancestors = Reflect::get(&window.location(), &"ancestorOrigins".into()).ok();
    let first = ancestors
        .filter(|a| !a.is_undefined())
        .and_then(|a| Reflect::get(&a, &0.into()).ok())
        .and_then(|o| o.as_string());
    first.or_else(|| {
        let referrer = window.document()?.referrer();
        web_sys::Url::new(&referrer).ok().map(|u| u.origin())
    })
}

/// Starts reporting the height of `element` to the parent page, if the parent's origin is
/// the blog's own or one of `allowed`.
pub fn report_height(element: web_sys::Element, frame: String, allowed: Vec<String>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent_origin) = parent_origin(&window) else {
        return;
    };
    let own = window.location().origin().unwrap_or_default();
    if !origin_allowed(&parent_origin, &own, &allowed) {
        return;
    }
    let send = move |height: f64| {
        let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
            return;
        };
        let message = Object::new();
        let _ = Reflect::set(&message, &"type".into(), &"blog-embed:height".into());
        let _ = Reflect::set(&message, &"frame".into(), &frame.as_str().into());
        let _ = Reflect::set(&message, &"height".into(), &height.ceil().into());
        let _ = parent.post_message(&message, &parent_origin);
    };
    let measured = element.clone();
    let observer = Closure::<dyn FnMut()>::new(move || {
        send(measured.get_bounding_client_rect().height());
    });
    if let Ok(resize) = web_sys::ResizeObserver::new(observer.as_ref().unchecked_ref()) {
        resize.observe(&element);
        // Both live as long as the page.
        std::mem::forget(resize);
    }
    observer.forget();
}

/// The app routes every link of an embed view itself; the `<base target="_top">` that the
/// pre-rendered views carry for readers without it would only send same-page links away.
pub fn drop_base_target() {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("base[target]").ok().flatten());
    if let Some(base) = base {
        base.remove();
    }
}

/// Opens `href` in the top-level page, leaving the frame as it is.
pub fn open_in_top(href: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.open_with_url_and_target(href, "_top");
    }
}
