//! Putting HTML from a data file (a WordPress body, or a body the publish step rendered from
//! Markdown) into the page, through the browser's own HTML sanitiser
//! (`Element.setHTML`, the HTML Sanitizer API) with a strict allowlist. The browser parses
//! and cleans in one step, straight into the element, so nothing is parsed twice and no
//! script, event handler, style or `javascript:` address survives. The API leaves other
//! schemes (`vbscript:`, `data:`) alone, so the addresses it kept are then checked as
//! Markdown's are, in the same task, before a reader can follow any of them. The lists are
//! the core's `safe_html::allowlist`, which the host's sanitiser (publishing from WordPress)
//! reads too.
//!
//! A browser without the API (Safari, for one, in 2026) gets [`rebuild_allowed`]: the HTML
//! parsed into an inert document, and a new tree built from it that holds only allowlisted
//! elements, allowlisted attributes (addresses checked as Markdown's are) and text. Nothing
//! parsed from WordPress is ever inserted; only what was built is.

use wasm_bindgen::{JsCast, JsValue};

use crate::safe_html::allowlist::{address_allowed, under_base, Allowlist, PUBLISHED, WORDPRESS};
use crate::safe_html::text_paragraphs;
use crate::wordpress::html_to_text;

/// Replaces `target`'s content with `html`, sanitised to WordPress's allowlist.
pub fn set_sanitised_html(target: &web_sys::Element, html: &str) {
    set_sanitised_to(target, html, &WORDPRESS);
}

/// Puts a WordPress body into `target`, sanitised to WordPress's allowlist, unless it is
/// being hydrated and holds it already (see [`already_shown`]).
pub fn show_wordpress_html(target: &web_sys::Element, html: &str, hydrating: bool) {
    if !already_shown(target, hydrating) {
        set_sanitised_html(target, html);
    }
}

/// Puts a body the publish step rendered (`BodyFormat::Rendered`) into `target`, unless it is
/// being hydrated and holds it already (see [`already_shown`]). Drawn anew, it goes through
/// the sanitiser to the published list, its site paths under `base`.
pub fn show_published_html(target: &web_sys::Element, html: &str, base: &str, hydrating: bool) {
    if !already_shown(target, hydrating) {
        set_sanitised_to(target, html, &PUBLISHED);
        put_under_base(target, base);
    }
}

/// Whether `target` is a body being hydrated that the pre-rendered page holds already,
/// cleaned on the host to the same list: putting the page's own HTML in again would only
/// paint it twice (the largest paint, a second time). Any other time the body goes in, even
/// into an element that holds one: a view drawn again in place (a live refresh) keeps its
/// elements. Elements, not nodes: an element drawn anew may hold Leptos's empty marker
/// comment.
fn already_shown(target: &web_sys::Element, hydrating: bool) -> bool {
    hydrating && target.first_element_child().is_some()
}

/// Nothing: in the browser the body is put in by [`show_published_html`] once the element
/// exists.
pub fn prerendered_published_html(_html: &str, _base: &str) -> crate::safe_html::SafeHtml {
    crate::safe_html::SafeHtml::default()
}

fn set_sanitised_to(target: &web_sys::Element, html: &str, list: &Allowlist) {
    let set_html = js_sys::Reflect::get(target, &JsValue::from_str("setHTML"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let done = set_html.is_some_and(|set_html| {
        set_html.call2(target, &JsValue::from_str(html), &options(list)).is_ok()
    });
    if done {
        drop_unsafe_addresses(target);
    }
    if !done && !rebuild_allowed(target, html, list) {
        // No parser either: the text alone, escaped.
        target.set_inner_html(&text_paragraphs(&html_to_text(html)));
    }
}

/// Nothing: in the browser the body is put in by [`set_sanitised_html`] once the element
/// exists (hydrating keeps what the host rendered; rendering anew starts empty).
pub fn prerendered_html(_html: &str) -> crate::safe_html::SafeHtml {
    crate::safe_html::SafeHtml::default()
}

/// Site paths (`/projects/`) in `target`'s links and images, as a site under `base` has them.
pub fn put_under_base(target: &web_sys::Element, base: &str) {
    let Ok(elements) = target.query_selector_all("[href^='/'], [src^='/']") else { return };
    for i in 0..elements.length() {
        let Some(element) = elements.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        for attribute in ["href", "src"] {
            let moved = element.get_attribute(attribute).and_then(|value| under_base(base, &value));
            if let Some(moved) = moved {
                let _ = element.set_attribute(attribute, &moved);
            }
        }
    }
}

/// Removes every address attribute in `target` that Markdown would not allow either.
fn drop_unsafe_addresses(target: &web_sys::Element) {
    let Ok(elements) = target.query_selector_all("[href], [src], [cite]") else {
        // Without a query there is nothing safe to keep.
        target.set_inner_html("");
        return;
    };
    for i in 0..elements.length() {
        let Some(element) = elements.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        for attribute in ["href", "src", "cite"] {
            if element
                .get_attribute(attribute)
                .is_some_and(|value| !address_allowed(attribute, &value))
            {
                let _ = element.remove_attribute(attribute);
            }
        }
    }
}

/// Builds `target`'s content from `html`, keeping only `list`. `false` when the browser could
/// not parse it.
pub fn rebuild_allowed(target: &web_sys::Element, html: &str, list: &Allowlist) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Ok(parser) = web_sys::DomParser::new() else {
        return false;
    };
    let Ok(parsed) = parser.parse_from_string(html, web_sys::SupportedType::TextHtml) else {
        return false;
    };
    let Some(body) = parsed.body() else {
        return false;
    };
    let fragment = document.create_document_fragment();
    copy_allowed(&document, &body, &fragment, list, 0);
    target.set_inner_html("");
    target.append_child(&fragment).is_ok()
}

fn copy_allowed(
    document: &web_sys::Document,
    from: &web_sys::Node,
    to: &web_sys::Node,
    list: &Allowlist,
    depth: u32,
) {
    // Deeper than any real post; a hostile one gains nothing by it.
    if depth > 64 {
        return;
    }
    let children = from.child_nodes();
    for i in 0..children.length() {
        let Some(node) = children.item(i) else { continue };
        match node.node_type() {
            web_sys::Node::TEXT_NODE => {
                let text = document.create_text_node(&node.text_content().unwrap_or_default());
                let _ = to.append_child(&text);
            }
            web_sys::Node::ELEMENT_NODE => {
                let Ok(element) = node.dyn_into::<web_sys::Element>() else { continue };
                let name = element.local_name().to_ascii_lowercase();
                if list.dropped.contains(&name.as_str()) {
                    continue;
                }
                if !list.elements.contains(&name.as_str()) {
                    // Unknown wrappers (and the H1) give up their content.
                    copy_allowed(document, &element, to, list, depth + 1);
                    continue;
                }
                let Ok(copy) = document.create_element(&name) else { continue };
                for &attribute in list.attributes {
                    let Some(value) = element.get_attribute(attribute) else { continue };
                    if address_allowed(attribute, &value) {
                        let _ = copy.set_attribute(attribute, &value);
                    }
                }
                copy_allowed(document, &element, &copy, list, depth + 1);
                let _ = to.append_child(&copy);
            }
            _ => {}
        }
    }
}

/// `{sanitizer: {elements, replaceWithChildrenElements, attributes, comments, dataAttributes}}`.
fn options(allowlist: &Allowlist) -> JsValue {
    let list = |names: &[&str]| {
        names.iter().map(|n| JsValue::from_str(n)).collect::<js_sys::Array>().into()
    };
    let config = js_sys::Object::new();
    let set = |object: &js_sys::Object, key: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
    };
    set(&config, "elements", &list(allowlist.elements));
    set(&config, "replaceWithChildrenElements", &list(allowlist.unwrapped));
    set(&config, "attributes", &list(allowlist.attributes));
    set(&config, "comments", &JsValue::FALSE);
    set(&config, "dataAttributes", &JsValue::FALSE);
    let options = js_sys::Object::new();
    set(&options, "sanitizer", &config);
    options.into()
}
