/// A run of a comment's text: plain words, or a web address to show as a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextPart {
    Text(String),
    Link(String),
}

/// Finds `http://` and `https://` addresses in plain text. Punctuation that ends a sentence
/// is left out of the address, as is a closing bracket with no opening one.
///
/// Linear in the text's length: each byte is looked at a bounded number of times, so a
/// megabyte comment full of addresses does not stall the page.
pub fn linkify(text: &str) -> Vec<TextPart> {
    let mut parts = Vec::new();
    let mut done = 0;
    let mut search_from = 0;
    while let Some(start) = find_address(text, search_from) {
        let candidate = &text[start..];
        let end = candidate
            .find(|c: char| c.is_whitespace() || c == '<' || c == '"')
            .unwrap_or(candidate.len());
        let url = trim_address(&candidate[..end]);
        let scheme_only = url.trim_end_matches('/').ends_with(':');
        if scheme_only {
            // Not an address: keep looking after the scheme.
            search_from = start + url.len().max(1);
            continue;
        }
        if start > done {
            parts.push(TextPart::Text(text[done..start].to_owned()));
        }
        parts.push(TextPart::Link(url.to_owned()));
        done = start + url.len();
        search_from = done;
    }
    if done < text.len() {
        parts.push(TextPart::Text(text[done..].to_owned()));
    }
    merge_text(parts)
}

/// `url` without the sentence punctuation after it, nor closing brackets it did not open.
fn trim_address(url: &str) -> &str {
    // Counted once: trimming only ever takes closing brackets off the end.
    let opened = url.bytes().filter(|&b| b == b'(').count();
    let mut closed = url.bytes().filter(|&b| b == b')').count();
    let mut url = url;
    loop {
        let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'']);
        if trimmed.ends_with(')') && opened < closed {
            closed -= 1;
            url = &trimmed[..trimmed.len() - 1];
        } else {
            return trimmed;
        }
    }
}

/// Where the next `http://` or `https://` (in any case) starts, at or after `from`.
fn find_address(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(offset) = bytes[at..].iter().position(|b| b.eq_ignore_ascii_case(&b'h')) {
        let start = at + offset;
        let rest = &bytes[start..];
        let scheme = |s: &[u8]| rest.len() >= s.len() && rest[..s.len()].eq_ignore_ascii_case(s);
        if scheme(b"http://") || scheme(b"https://") {
            return Some(start);
        }
        at = start + 1;
    }
    None
}

fn merge_text(parts: Vec<TextPart>) -> Vec<TextPart> {
    let mut merged: Vec<TextPart> = Vec::with_capacity(parts.len());
    for part in parts {
        match (merged.last_mut(), part) {
            (Some(TextPart::Text(previous)), TextPart::Text(text)) => previous.push_str(&text),
            (_, part) => merged.push(part),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> TextPart {
        TextPart::Text(s.into())
    }

    fn link(s: &str) -> TextPart {
        TextPart::Link(s.into())
    }

    #[test]
    fn finds_web_addresses_and_leaves_sentence_punctuation_out() {
        assert_eq!(
            linkify("See https://www.gov.uk/guidance. Thanks"),
            [text("See "), link("https://www.gov.uk/guidance"), text(". Thanks")]
        );
        assert_eq!(
            linkify("(see http://example.org/a_(b)) ok"),
            [text("(see "), link("http://example.org/a_(b)"), text(") ok")]
        );
    }

    #[test]
    fn other_schemes_stay_text() {
        assert_eq!(
            linkify("javascript:alert(1) and ftp://x"),
            [text("javascript:alert(1) and ftp://x")]
        );
        assert_eq!(linkify("just https:// here"), [text("just https:// here")]);
    }

    #[test]
    fn finds_every_address_in_any_case_and_order() {
        assert_eq!(
            linkify("HTTPS://A.example and http://b.example, then https://c.example."),
            [
                link("HTTPS://A.example"),
                text(" and "),
                link("http://b.example"),
                text(", then "),
                link("https://c.example"),
                text("."),
            ]
        );
        assert_eq!(
            linkify("http:// https://x.example"),
            [text("http:// "), link("https://x.example")]
        );
        assert_eq!(linkify("https://x.example/a)).)"), [link("https://x.example/a"), text(")).)")]);
        assert_eq!(linkify("hhttp://x.example"), [text("h"), link("http://x.example")]);
    }

    #[test]
    fn a_megabyte_of_addresses_is_linked_whole() {
        let one = "see https://www.gov.uk/a_(b)).) ";
        let comment = one.repeat(1_000_000 / one.len());
        let parts = linkify(&comment);
        let links = parts.iter().filter(|p| matches!(p, TextPart::Link(_))).count();
        assert_eq!(links, 1_000_000 / one.len());
        let joined: String = parts
            .iter()
            .map(|p| match p {
                TextPart::Text(t) | TextPart::Link(t) => t.as_str(),
            })
            .collect();
        assert_eq!(joined, comment, "no text is lost or repeated");
    }

    #[test]
    fn markup_is_just_text() {
        assert_eq!(
            linkify("<a href=\"https://evil.example\">x</a>"),
            [text("<a href=\""), link("https://evil.example"), text("\">x</a>")]
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        #[test]
        fn any_text_is_kept_whole_and_links_are_web_addresses(
            text in "(\\PC|https?://|HTTP://|[().,;:!?' ]){0,80}"
        ) {
            let parts = linkify(&text);
            let mut joined = String::new();
            for part in &parts {
                match part {
                    TextPart::Text(t) => joined.push_str(t),
                    TextPart::Link(l) => {
                        let lower = l.to_ascii_lowercase();
                        proptest::prop_assert!(lower.starts_with("http://") || lower.starts_with("https://"));
                        proptest::prop_assert!(!l.contains(char::is_whitespace));
                        joined.push_str(l);
                    }
                }
            }
            proptest::prop_assert_eq!(joined, text);
        }
    }
}
