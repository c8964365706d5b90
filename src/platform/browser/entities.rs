//! HTML character references (`&eacute;`, `&mdash;`, `&#8217;`) decoded as a browser decodes
//! them in text: all 2,231 named ones and every numeric one.
//!
//! In the browser, the browser's own parser does it: a table of every name compiled into the
//! wasm (the `htmlize` crate) measured 61,757 bytes more wasm, 26,143 more gzipped, on a
//! 790 KB module. On the host, where size does not matter, `htmlize` does it (`host.rs`).

/// `text` (with no `<` in it) with its character references decoded.
pub fn decode_entities(text: &str) -> String {
    // A textarea's content is parsed as text (RCDATA), never as markup, and an element that
    // is in no document loads and runs nothing.
    let element = super::document().and_then(|d| d.create_element("textarea").ok());
    match element {
        Some(element) => {
            element.set_inner_html(text);
            element.text_content().unwrap_or_default()
        }
        None => text.to_owned(),
    }
}
