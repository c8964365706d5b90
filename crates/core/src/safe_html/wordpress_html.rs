//! WordPress HTML made safe on the host, with `ammonia` (a well-kept html5ever-based
//! sanitiser) configured to the same [`super::allowlist`] as the browser's sanitiser: for
//! pages and data files published from WordPress, which must hold no script before any
//! browser sees them. Only on the host (the `ammonia` feature): the browser has its own
//! parser and would pay for html5ever in every reader's download.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::allowlist::{address_allowed, ATTRIBUTES, DROPPED, ELEMENTS};
use super::SafeHtml;

/// WordPress HTML (a post body or a comment) with only the allowlist left: allowed elements
/// and attributes, addresses checked as Markdown's are, other wrappers replaced by their
/// content, and scripts, styles, frames and the like dropped with their content.
pub fn sanitise_wordpress_html(html: &str) -> SafeHtml {
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(ELEMENTS.iter().copied().collect::<HashSet<_>>())
        .clean_content_tags(DROPPED.iter().copied().collect::<HashSet<_>>())
        .generic_attributes(ATTRIBUTES.iter().copied().collect::<HashSet<_>>())
        .tag_attributes(HashMap::new())
        // Every scheme an address check could accept; the filter below decides per attribute.
        .url_schemes(["http", "https", "mailto", "tel", "data"].into_iter().collect())
        .url_relative(ammonia::UrlRelative::PassThrough)
        // The browser's sanitiser adds no `rel`; both must give the same page.
        .link_rel(None)
        .strip_comments(true)
        .attribute_filter(|_element, attribute, value| {
            address_allowed(attribute, value).then(|| Cow::Owned(value.to_owned()))
        });
    SafeHtml(builder.clean(html).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(html: &str) -> String {
        sanitise_wordpress_html(html).into_string()
    }

    #[test]
    fn keeps_structure_links_images_and_tables() {
        let html = r#"<h2>Plan</h2><p>See <a href="/x" title="t">this</a> <img src="https://e.org/a.png" alt="A"></p><table><tr><th scope="col">H</th></tr></table>"#;
        assert_eq!(
            clean(html),
            r#"<h2>Plan</h2><p>See <a href="/x" title="t">this</a> <img src="https://e.org/a.png" alt="A"></p><table><tbody><tr><th scope="col">H</th></tr></tbody></table>"#
        );
    }

    #[test]
    fn drops_script_handlers_styles_and_unsafe_addresses() {
        let html = r#"<p onclick="x()" style="color:red" class="c">Hi<script>alert(1)</script><style>p{}</style></p><a href="javascript:alert(1)">j</a><a href=" JaVa&#9;script:x">k</a><img src="data:image/svg+xml;base64,AA" alt="s"><iframe src="https://e.org">f</iframe><svg><script>y()</script></svg><!-- note -->"#;
        assert_eq!(clean(html), r#"<p>Hi</p><a>j</a><a>k</a><img alt="s">"#);
    }

    #[test]
    fn unwraps_wrappers_and_the_h1() {
        assert_eq!(
            clean("<div><h1>Title</h1><span>text</span><form><input value=x>after</form></div>"),
            "Titletextafter"
        );
    }

    #[test]
    fn keeps_raster_data_images_and_mail_links() {
        assert_eq!(
            clean(
                r#"<img src="data:image/png;base64,AA" alt="p"><a href="mailto:a@b.org">m</a><a href="data:text/html,x">d</a>"#
            ),
            r#"<img src="data:image/png;base64,AA" alt="p"><a href="mailto:a@b.org">m</a><a>d</a>"#
        );
    }
}
