//! The one typed door for HTML into the page.
//!
//! Views put HTML into the page only as a [`SafeHtml`], and only the renderers in this module
//! make one: [`markdown`] (a post or page body: raw HTML in the source is escaped, unsafe link
//! and image addresses are reduced to their text), [`thread_html`] (a comment thread: every
//! word a commenter wrote is escaped), and [`text_paragraphs`] (plain text as escaped
//! paragraphs, the sanitiser's last resort). In the browser, HTML from a data file (a
//! WordPress body, or a body the publish step rendered from Markdown) never becomes a string
//! in the page: the app's `platform::sanitise` builds it into the DOM through the browser's
//! sanitiser or an allowlist. On the host (feature `ammonia`: pre-rendering, publishing from
//! WordPress) [`sanitise_wordpress_html`] and [`sanitise_published_html`] clean it to the same
//! allowlists ([`allowlist`]). The app's tests/html_insertions.rs lists every place that
//! inserts HTML.
//!
//! A string from anywhere else cannot become one:
//!
//! ```compile_fail
//! let html = blog_core::safe_html::SafeHtml("<img src=x onerror=alert(1)>".to_owned());
//! ```
//!
//! ```compile_fail
//! let html: blog_core::safe_html::SafeHtml = "<script>alert(1)</script>".into();
//! ```

pub mod allowlist;
#[cfg(feature = "ammonia")]
mod host_html;
pub mod markdown;
pub(crate) mod thread_html;

#[cfg(feature = "ammonia")]
pub use host_html::{sanitise_published_html, sanitise_wordpress_html};

use std::fmt;
use std::ops::Deref;

/// HTML that is safe to put into the page. Its field is private to this module and the
/// renderers inside it, so nothing else can make one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SafeHtml(String);

impl SafeHtml {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// Read like a `&str`; made only here.
impl Deref for SafeHtml {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SafeHtml {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<&str> for SafeHtml {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// Plain text as HTML paragraphs, every character escaped: a blank line starts a paragraph.
pub fn text_paragraphs(text: &str) -> SafeHtml {
    let mut html = String::new();
    for paragraph in crate::text::paragraphs(text) {
        html.push_str("<p>");
        crate::text::push_escaped_markup(&mut html, &paragraph);
        html.push_str("</p>");
    }
    SafeHtml(html)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn text_becomes_escaped_paragraphs() {
        assert_eq!(
            text_paragraphs("<script>alert(1)</script>\n\nTom & \"Jerry\""),
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>Tom &amp; &quot;Jerry&quot;</p>"
        );
    }
}
