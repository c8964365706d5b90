//! HTML from a data file made safe on the host, with `ammonia` (a well-kept html5ever-based
//! sanitiser) configured to the same [`super::allowlist`]s as the browser's sanitiser: for
//! pages and data files published from WordPress, which must hold no script before any
//! browser sees them, and for the pre-rendered pages' bodies rendered from Markdown. Only on
//! the host (the `ammonia` feature): the browser has its own parser and would pay for
//! html5ever in every reader's download.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::allowlist::{address_allowed, under_base, Allowlist, PUBLISHED, WORDPRESS};
use super::SafeHtml;

/// WordPress HTML (a post body or a comment) with only the allowlist left: allowed elements
/// and attributes, addresses checked as Markdown's are, other wrappers replaced by their
/// content, and scripts, styles, frames and the like dropped with their content.
pub fn sanitise_wordpress_html(html: &str) -> SafeHtml {
    sanitise(html, &WORDPRESS, "")
}

/// A body the publish step rendered from Markdown (`BodyFormat::Rendered`), as a page served
/// under `base` shows it: cleaned to [`PUBLISHED`] (the renderer's own output passes whole),
/// its site paths under the base.
pub fn sanitise_published_html(html: &str, base: &str) -> SafeHtml {
    sanitise(html, &PUBLISHED, base)
}

fn sanitise(html: &str, list: &Allowlist, base: &str) -> SafeHtml {
    // ammonia keeps its filter for as long as the builder lives.
    let base = base.to_owned();
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(list.elements.iter().copied().collect::<HashSet<_>>())
        .clean_content_tags(list.dropped.iter().copied().collect::<HashSet<_>>())
        .generic_attributes(list.attributes.iter().copied().collect::<HashSet<_>>())
        .tag_attributes(HashMap::new())
        // Every scheme an address check could accept; the filter below decides per attribute.
        .url_schemes(["http", "https", "mailto", "tel", "data"].into_iter().collect())
        .url_relative(ammonia::UrlRelative::PassThrough)
        // The browser's sanitiser adds no `rel`; both must give the same page.
        .link_rel(None)
        .strip_comments(true)
        .attribute_filter(move |_element, attribute, value| {
            if !address_allowed(attribute, value) {
                return None;
            }
            let moved = matches!(attribute, "href" | "src").then(|| under_base(&base, value));
            Some(Cow::Owned(moved.flatten().unwrap_or_else(|| value.to_owned())))
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

    /// Every element and attribute pulldown-cmark can write (and `style`, which it writes for
    /// table alignment before the renderer turns that into classes): a cleaner this wide
    /// changes only how the HTML is written out, so what the published list takes away
    /// shows as a difference.
    fn written_out(html: &str) -> String {
        let tags = "p h1 h2 h3 h4 h5 h6 ul ol li blockquote pre code hr a img em strong del \
            table thead tbody tr th td sup div br input span dl dt dd";
        let attributes = "id class start href src alt title type checked disabled style align";
        let mut builder = ammonia::Builder::empty();
        builder
            .tags(tags.split_whitespace().collect::<HashSet<_>>())
            .generic_attributes(attributes.split_whitespace().collect::<HashSet<_>>())
            .tag_attributes(HashMap::new())
            .url_relative(ammonia::UrlRelative::PassThrough)
            .url_schemes(["http", "https", "mailto", "tel", "data"].into_iter().collect())
            .link_rel(None);
        builder.clean(html).to_string()
    }

    fn published(markdown: &str) -> (String, String) {
        let html = crate::safe_html::markdown::render_markdown(markdown).html.into_string();
        (written_out(&html), sanitise_published_html(&html, "").into_string())
    }

    #[test]
    fn the_published_list_keeps_all_the_markdown_renderer_makes() {
        let markdown = "# Title\n\nSome ~~old~~ *new* **text**[^n] and `code`.\n\n\
            3. three\n4. four\n\n- a\n- [link](/projects/ \"t\")\n\n\
            > quote\n\n```rust\nfn x() {}\n```\n\n| l | c | r |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n\n\
            ![alt](/images/a.png \"title\")\n\n---\n\n[^n]: A note.\n";
        let (expected, cleaned) = published(markdown);
        assert_eq!(cleaned, expected);
        for made in [
            "<h2 id=\"title\">",
            "<del>",
            "<ol start=\"3\">",
            "class=\"language-rust\"",
            "class=\"app-align-center\"",
            "class=\"footnote-definition\" id=\"n\"",
            "href=\"#n\"",
        ] {
            assert!(cleaned.contains(made), "{made} in {cleaned}");
        }
    }

    #[test]
    fn a_published_body_gets_the_base_before_its_site_paths_only() {
        let html = r##"<p><a href="/projects/">p</a> <a href="#n">n</a> <a href="https://e.org/">e</a> <img src="/images/a.png" alt="a"></p>"##;
        assert_eq!(
            sanitise_published_html(html, "/blog").into_string(),
            r##"<p><a href="/blog/projects/">p</a> <a href="#n">n</a> <a href="https://e.org/">e</a> <img src="/blog/images/a.png" alt="a"></p>"##
        );
        assert_eq!(sanitise_published_html(html, "/").into_string(), html);
    }

    #[test]
    fn a_tampered_published_body_loses_its_script() {
        let html = r#"<h2 id="x" onclick="y()" style="color:red">T</h2><script>z()</script><a href="javascript:w()">j</a><iframe src="https://e.org"></iframe>"#;
        assert_eq!(
            sanitise_published_html(html, "/blog").into_string(),
            r#"<h2 id="x">T</h2><a>j</a>"#
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        /// Whatever a writer types, the published list takes nothing from its rendering.
        #[test]
        fn the_published_list_takes_nothing_from_any_rendering(
            markdown in "([#>*_~`|:!\\[\\]()^1. -]|[a-z]{1,6}|\n|/x|<b>){0,60}"
        ) {
            let (expected, cleaned) = published(&markdown);
            proptest::prop_assert_eq!(cleaned, expected);
        }
    }
}
