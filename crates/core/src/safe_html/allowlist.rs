//! What HTML from a data file may keep, in one place: the browser's sanitiser (the app's
//! `platform::sanitise`) and the host's (`host_html`, when pre-rendering and when publishing
//! from WordPress) both read these lists, so a page pre-rendered on the host and the same
//! body shown in the browser keep the same elements, attributes and addresses.
//!
//! Two lists: [`WORDPRESS`], for HTML written in WordPress, and [`PUBLISHED`], for the
//! bodies the publish step rendered from Markdown, which also keep what the Markdown
//! renderer makes (heading ids for the contents list, footnotes, table alignment classes,
//! struck-through text, a list's start).

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

/// What the Markdown renderer makes beyond [`ELEMENTS`]: struck-through text, and the
/// `div` around each footnote.
pub const PUBLISHED_ELEMENTS: [&str; 39] = concat(ELEMENTS, ["del", "div"]);

/// [`UNWRAPPED`] without `div`, which [`PUBLISHED_ELEMENTS`] keeps.
pub const PUBLISHED_UNWRAPPED: [&str; 10] =
    ["span", "section", "article", "header", "footer", "main", "font", "center", "h1", "u"];

/// What the Markdown renderer sets beyond [`ATTRIBUTES`]: heading and footnote ids, the
/// classes of footnotes, code languages and table alignment, and an ordered list's start.
pub const PUBLISHED_ATTRIBUTES: [&str; 13] = concat(ATTRIBUTES, ["id", "class", "start"]);

/// One sanitiser configuration: what is kept, unwrapped and dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Allowlist {
    pub elements: &'static [&'static str],
    /// Wrappers replaced by their content (anything else not kept is too, but the browser's
    /// sanitiser must be told these by name).
    pub unwrapped: &'static [&'static str],
    pub attributes: &'static [&'static str],
    /// Elements dropped with everything in them.
    pub dropped: &'static [&'static str],
}

/// For HTML written in WordPress: bodies, pages and comments.
pub const WORDPRESS: Allowlist = Allowlist {
    elements: &ELEMENTS,
    unwrapped: &UNWRAPPED,
    attributes: &ATTRIBUTES,
    dropped: &DROPPED,
};

/// For bodies the publish step rendered from Markdown (`BodyFormat::Rendered`).
pub const PUBLISHED: Allowlist = Allowlist {
    elements: &PUBLISHED_ELEMENTS,
    unwrapped: &PUBLISHED_UNWRAPPED,
    attributes: &PUBLISHED_ATTRIBUTES,
    dropped: &DROPPED,
};

const fn concat<const A: usize, const B: usize, const C: usize>(
    a: [&'static str; A],
    b: [&'static str; B],
) -> [&'static str; C] {
    assert!(A + B == C);
    let mut out = [""; C];
    let mut i = 0;
    while i < A {
        out[i] = a[i];
        i += 1;
    }
    while i < C {
        out[i] = b[i - A];
        i += 1;
    }
    out
}

/// A site path (`/projects/`) in a body rendered for the site's root, as it is on a site
/// served under `base` (`/blog`): the Markdown renderer's rule for links and images, for
/// bodies rendered once and shown under any base. `None` for any other address, which stays
/// as it is.
pub fn under_base(base: &str, address: &str) -> Option<String> {
    let base = base.trim_end_matches('/');
    (!base.is_empty() && address.starts_with('/') && !address.starts_with("//"))
        .then(|| format!("{base}{address}"))
}

/// Whether an address attribute may keep `value`: links and quotations as Markdown's links,
/// images as its images. Other attributes are not addresses and may keep any value.
pub fn address_allowed(attribute: &str, value: &str) -> bool {
    match attribute {
        "src" => is_safe_image_url(value),
        "href" | "cite" => is_safe_link_url(value),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_published_lists_extend_the_wordpress_lists() {
        assert!(ELEMENTS.iter().all(|e| PUBLISHED_ELEMENTS.contains(e)));
        assert_eq!(&PUBLISHED_ELEMENTS[37..], ["del", "div"]);
        assert!(ATTRIBUTES.iter().all(|a| PUBLISHED_ATTRIBUTES.contains(a)));
        // The browser's sanitiser rejects a configuration naming an element in both lists.
        for list in [WORDPRESS, PUBLISHED] {
            assert!(list.unwrapped.iter().all(|u| !list.elements.contains(u)), "{list:?}");
        }
        assert_eq!(UNWRAPPED.iter().filter(|u| !PUBLISHED_UNWRAPPED.contains(u)).count(), 1);
    }

    #[test]
    fn site_paths_get_the_base_and_nothing_else_does() {
        assert_eq!(under_base("/blog/", "/projects/").as_deref(), Some("/blog/projects/"));
        assert_eq!(under_base("/blog", "/").as_deref(), Some("/blog/"));
        assert_eq!(under_base("/", "/projects/"), None);
        assert_eq!(under_base("", "/projects/"), None);
        assert_eq!(under_base("/blog", "//e.org/x"), None);
        assert_eq!(under_base("/blog", "https://e.org/x"), None);
        assert_eq!(under_base("/blog", "#notes"), None);
    }
}
