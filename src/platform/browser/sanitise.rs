//! Putting HTML from WordPress into the page, through the browser's own HTML sanitiser
//! (`Element.setHTML`, the HTML Sanitizer API) with a strict allowlist. The browser parses
//! and cleans in one step, straight into the element, so nothing is parsed twice and no
//! script, event handler, style or `javascript:` address survives. The API leaves other
//! schemes (`vbscript:`, `data:`) alone, so the addresses it kept are then checked as
//! Markdown's are, in the same task, before a reader can follow any of them.
//!
//! A browser without the API (Safari, for one, in 2026) gets [`rebuild_allowed`]: the HTML
//! parsed into an inert document, and a new tree built from it that holds only allowlisted
//! elements, allowlisted attributes (addresses checked as Markdown's are) and text. Nothing
//! parsed from WordPress is ever inserted; only what was built is.

use wasm_bindgen::{JsCast, JsValue};

use crate::markdown::{is_safe_image_url, is_safe_link_url};
use crate::safe_html::text_paragraphs;
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

/// Replaces `target`'s content with `html`, sanitised.
pub fn set_sanitised_html(target: &web_sys::Element, html: &str) {
    let set_html = js_sys::Reflect::get(target, &JsValue::from_str("setHTML"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let done = set_html.is_some_and(|set_html| {
        set_html.call2(target, &JsValue::from_str(html), &options()).is_ok()
    });
    if done {
        drop_unsafe_addresses(target);
    }
    if !done && !rebuild_allowed(target, html) {
        // No parser either: the text alone, escaped.
        target.set_inner_html(&text_paragraphs(&html_to_text(html)));
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

/// Whether an address attribute may keep `value`: links and quotations as Markdown's links,
/// images as its images.
fn address_allowed(attribute: &str, value: &str) -> bool {
    match attribute {
        "src" => is_safe_image_url(value),
        _ => is_safe_link_url(value),
    }
}

/// Elements dropped with everything in them.
const DROPPED: [&str; 12] = [
    "script", "style", "template", "noscript", "iframe", "textarea", "svg", "math", "object",
    "embed", "select", "head",
];

/// Builds `target`'s content from `html`, keeping only the allowlist. `false` when the
/// browser could not parse it.
pub fn rebuild_allowed(target: &web_sys::Element, html: &str) -> bool {
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
    copy_allowed(&document, &body, &fragment, 0);
    target.set_inner_html("");
    target.append_child(&fragment).is_ok()
}

fn copy_allowed(
    document: &web_sys::Document,
    from: &web_sys::Node,
    to: &web_sys::Node,
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
                if DROPPED.contains(&name.as_str()) {
                    continue;
                }
                if !(ELEMENTS.contains(&name.as_str()) || MORE_ELEMENTS.contains(&name.as_str())) {
                    // Unknown wrappers (and the H1) give up their content.
                    copy_allowed(document, &element, to, depth + 1);
                    continue;
                }
                let Ok(copy) = document.create_element(&name) else { continue };
                for attribute in ATTRIBUTES {
                    let Some(value) = element.get_attribute(attribute) else { continue };
                    let safe = match attribute {
                        "href" | "cite" | "src" => address_allowed(attribute, &value),
                        _ => true,
                    };
                    if safe {
                        let _ = copy.set_attribute(attribute, &value);
                    }
                }
                copy_allowed(document, &element, &copy, depth + 1);
                let _ = to.append_child(&copy);
            }
            _ => {}
        }
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
