//! What WordPress HTML may keep, in one place: the browser's sanitiser (the app's
//! `platform::sanitise`) and the host's (`wordpress_html`, when publishing from WordPress)
//! both read these lists, so a page pre-rendered on the host and the same post shown in the
//! browser keep the same elements, attributes and addresses.

use super::markdown::{is_safe_image_url, is_safe_link_url};

/// What a post body may keep: text structure, links, images, tables.
pub const ELEMENTS: [&str; 37] = [
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
    "th",
];

/// Wrappers whose content stays without them. `h1` among them: the page has one H1, the
/// post's title.
pub const UNWRAPPED: [&str; 11] =
    ["div", "span", "section", "article", "header", "footer", "main", "font", "center", "h1", "u"];

/// The only attributes kept, on any element the allowlist keeps.
pub const ATTRIBUTES: [&str; 10] =
    ["href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "scope", "cite"];

/// Elements dropped with everything in them.
pub const DROPPED: [&str; 12] = [
    "script", "style", "template", "noscript", "iframe", "textarea", "svg", "math", "object",
    "embed", "select", "head",
];

/// Whether an address attribute may keep `value`: links and quotations as Markdown's links,
/// images as its images. Other attributes are not addresses and may keep any value.
pub fn address_allowed(attribute: &str, value: &str) -> bool {
    match attribute {
        "src" => is_safe_image_url(value),
        "href" | "cite" => is_safe_link_url(value),
        _ => true,
    }
}
