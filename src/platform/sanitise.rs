//! Putting HTML from WordPress into the page, through the browser's own HTML sanitiser
//! (`Element.setHTML`, the HTML Sanitizer API) with a strict allowlist. The browser parses
//! and cleans in one step, straight into the element, so nothing is parsed twice and no
//! script, event handler, style or `javascript:` address survives.
//!
//! A browser without the API gets the text alone, in paragraphs: never unsanitised HTML.

use wasm_bindgen::{JsCast, JsValue};

use crate::text::{paragraphs, push_escaped_markup};
use crate::wordpress::html_to_text;

/// What a post body may keep: text structure, links, images, tables.
const ELEMENTS: [&str; 36] = [
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "code",
    "hr",
    "a",
    "strong",
    "b",
    "em",
    "i",
    "sup",
    "sub",
    "abbr",
    "cite",
    "q",
    "img",
    "figure",
    "figcaption",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "td",
];
/// Also kept: table headers (kept apart to keep the list above readable).
const MORE_ELEMENTS: [&str; 1] = ["th"];

/// Wrappers whose content stays without them. `h1` among them: the page has one H1, the
/// post's title.
const UNWRAPPED: [&str; 11] =
    ["div", "span", "section", "article", "header", "footer", "main", "font", "center", "h1", "u"];

/// The only attributes kept, on any element the allowlist keeps.
const ATTRIBUTES: [&str; 10] =
    ["href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "scope", "cite"];

/// Whether this browser has the HTML Sanitizer API.
pub fn has_sanitizer() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
        .is_some_and(|div| {
            js_sys::Reflect::has(&div, &JsValue::from_str("setHTML")).unwrap_or(false)
        })
}

/// Replaces `target`'s content with `html`, sanitised.
pub fn set_sanitised_html(target: &web_sys::Element, html: &str) {
    let set_html = js_sys::Reflect::get(target, &JsValue::from_str("setHTML"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let done = set_html.is_some_and(|set_html| {
        set_html.call2(target, &JsValue::from_str(html), &options()).is_ok()
    });
    if !done {
        let mut text = String::new();
        for paragraph in paragraphs(&html_to_text(html)) {
            text.push_str("<p>");
            push_escaped_markup(&mut text, &paragraph);
            text.push_str("</p>");
        }
        target.set_inner_html(&text);
    }
}

/// `{sanitizer: {elements, replaceWithChildrenElements, attributes, comments, dataAttributes}}`.
fn options() -> JsValue {
    let list = |names: &[&str]| {
        names.iter().map(|n| JsValue::from_str(n)).collect::<js_sys::Array>().into()
    };
    let config = js_sys::Object::new();
    let set = |object: &js_sys::Object, key: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
    };
    let elements: Vec<&str> = ELEMENTS.iter().chain(&MORE_ELEMENTS).copied().collect();
    set(&config, "elements", &list(&elements));
    set(&config, "replaceWithChildrenElements", &list(&UNWRAPPED));
    set(&config, "attributes", &list(&ATTRIBUTES));
    set(&config, "comments", &JsValue::FALSE);
    set(&config, "dataAttributes", &JsValue::FALSE);
    let options = js_sys::Object::new();
    set(&options, "sanitizer", &config);
    options.into()
}
