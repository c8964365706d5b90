//! Plain text out of the HTML WordPress sends for titles, excerpts and comments. Not a
//! sanitiser: the result is text, which the page escapes like any other text.

/// Elements that end a paragraph of text.
const BLOCKS: [&str; 16] = [
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "tr",
    "table",
    "figure",
];

/// Elements whose content is not text a reader should see.
const HIDDEN: [&str; 6] = ["script", "style", "template", "noscript", "iframe", "textarea"];

/// How the platform decodes the HTML character references in a text with no `<` in it
/// (`&eacute;`, `&mdash;`, `&#8217;`), as a browser does: the app passes
/// `platform::entities::decode_entities`, which asks the browser's own parser in the browser
/// and a table on the host, so that this crate needs neither. Any `Fn(&str) -> String + Copy`
/// is one; a function item is compiled in as a direct call.
pub trait DecodeEntities: Fn(&str) -> String + Copy {}

impl<F: Fn(&str) -> String + Copy> DecodeEntities for F {}

/// The text of `html`: tags dropped, entities decoded (by `decode`), blocks as paragraphs
/// separated by a blank line, `<br>` as a line break, runs of spaces as one.
pub fn html_to_text(html: &str, decode: impl DecodeEntities) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut rest = html;
    let mut hidden: Option<String> = None;
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            if hidden.is_none() {
                push_text(&mut current, rest, decode);
            }
            break;
        };
        if hidden.is_none() {
            push_text(&mut current, &rest[..open], decode);
        }
        let tag_and_after = &rest[open..];
        let Some(tag_len) = tag_length(tag_and_after) else {
            // A lone `<` is text.
            if hidden.is_none() {
                push_text(&mut current, "<", decode);
            }
            rest = &tag_and_after[1..];
            continue;
        };
        let (name, closing) = tag_name(&tag_and_after[..tag_len]);
        rest = &tag_and_after[tag_len..];
        if let Some(inside) = &hidden {
            if closing && name == *inside {
                hidden = None;
            }
            continue;
        }
        if !closing && HIDDEN.contains(&name.as_str()) {
            hidden = Some(name);
        } else if name == "br" {
            current.truncate(current.trim_end_matches(' ').len());
            current.push('\n');
        } else if BLOCKS.contains(&name.as_str()) {
            end_paragraph(&mut paragraphs, &mut current);
        }
    }
    end_paragraph(&mut paragraphs, &mut current);
    paragraphs.join("\n\n")
}

/// How many words a reader sees in `html`.
pub fn html_word_count(html: &str, decode: impl DecodeEntities) -> usize {
    html_to_text(html, decode).split_whitespace().count()
}

fn end_paragraph(paragraphs: &mut Vec<String>, current: &mut String) {
    let text = current.trim();
    if !text.is_empty() {
        paragraphs.push(text.lines().map(str::trim).collect::<Vec<_>>().join("\n"));
    }
    current.clear();
}

/// Appends text with its entities decoded and its white space collapsed.
fn push_text(out: &mut String, raw: &str, decode: impl DecodeEntities) {
    let decoded = decode_entities(raw, decode);
    for c in decoded.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            if !out.is_empty() && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
        } else {
            out.push(if c == '\u{a0}' { ' ' } else { c });
        }
    }
}

/// The length of the tag (or comment) at the start of `text`, which begins with `<`; `None`
/// when it is not a tag.
fn tag_length(text: &str) -> Option<usize> {
    if let Some(comment) = text.strip_prefix("<!--") {
        return Some(comment.find("-->").map_or(text.len(), |end| 4 + end + 3));
    }
    let next = text[1..].chars().next()?;
    if !(next.is_ascii_alphabetic() || next == '/' || next == '!' || next == '?') {
        return None;
    }
    let mut quote = None;
    for (i, c) in text.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(i + 1),
            _ => {}
        }
    }
    Some(text.len())
}

/// The lower-case element name of a tag, and whether it closes an element.
fn tag_name(tag: &str) -> (String, bool) {
    let inner = tag.trim_start_matches('<');
    let closing = inner.starts_with('/');
    let name = inner
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    (name, closing)
}

/// Decodes every HTML5 character reference, named (all 2,231, `&eacute;`, `&mdash;`) and
/// numeric, as a browser does in text: WordPress's typography filter and its editors write
/// any of them. Control characters that a reference names are not text, and are dropped.
/// (The app's `platform::entities` says why the browser decodes them itself.)
fn decode_entities(text: &str, decode: impl DecodeEntities) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let decoded = decode(text);
    decoded.chars().filter(|c| !c.is_control() || c.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use crate::wordpress::host_entities;

    fn html_to_text(html: &str) -> String {
        super::html_to_text(html, host_entities)
    }

    fn html_word_count(html: &str) -> usize {
        super::html_word_count(html, host_entities)
    }

    #[test]
    fn paragraphs_and_line_breaks() {
        let html = "<p>First line<br />\nsecond line</p>\n<p>Second  paragraph</p>";
        assert_eq!(html_to_text(html), "First line\nsecond line\n\nSecond paragraph");
    }

    #[test]
    fn entities_wordpress_writes_are_decoded() {
        assert_eq!(
            html_to_text("It&#8217;s &#8220;open&#8221; &amp; free &hellip; &#x2014; 5&nbsp;km"),
            "It’s “open” & free … — 5 km"
        );
        // As a browser shows them: NUL is the replacement character, a control is nothing.
        assert_eq!(html_to_text("&unknown; &#0; &#1;&"), "&unknown; \u{fffd} &");
    }

    #[test]
    fn every_named_entity_is_decoded() {
        assert_eq!(
            html_to_text("Caf&eacute; &mdash; 5&nbsp;km &frac12; &Zcaron;&zwj;&NotNestedGreaterGreater; &amp"),
            "Café — 5 km ½ Ž\u{200d}\u{2aa2}\u{338} &"
        );
    }

    #[test]
    fn markup_is_dropped_and_hidden_content_skipped() {
        let html = "<script>alert(1)</script><p onclick=\"x()\">Nice <b>work</b> \
            <img src=x onerror=\"y()\"></p><style>p{}</style><!-- note --><p>a &lt;b&gt;</p>";
        assert_eq!(html_to_text(html), "Nice work\n\na <b>");
    }

    #[test]
    fn a_quoted_greater_than_sign_does_not_end_a_tag() {
        assert_eq!(html_to_text(r#"<a title="a > b" href="/x">link</a> after"#), "link after");
    }

    #[test]
    fn a_lone_angle_bracket_is_text() {
        assert_eq!(html_to_text("3 < 4 and 5 > 2"), "3 < 4 and 5 > 2");
    }

    #[test]
    fn an_unclosed_tag_or_comment_ends_the_text() {
        assert_eq!(html_to_text("kept <a href=\"x"), "kept");
        assert_eq!(html_to_text("kept <!-- never closed"), "kept");
    }

    #[test]
    fn counts_words() {
        assert_eq!(html_word_count("<h2>Two words</h2><p>and three more</p>"), 5);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        #[test]
        fn any_html_becomes_text_without_controls(
            html in "(\\PC|<[a-z/!]{0,4}|&#?[a-zA-Z0-9]{0,8};?|[<>&\"'=\\n])*"
        ) {
            let text = html_to_text(&html);
            proptest::prop_assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text:?}");
            let _ = html_word_count(&html);
        }
    }
}
