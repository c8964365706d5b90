/// A run of a comment's text: plain words, or a web address to show as a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextPart {
    Text(String),
    Link(String),
}

/// Finds `http://` and `https://` addresses in plain text. Punctuation that ends a sentence
/// is left out of the address, as is a closing bracket with no opening one.
pub fn linkify(text: &str) -> Vec<TextPart> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(start) = find_address(rest) {
        let candidate = &rest[start..];
        let mut end = candidate
            .find(|c: char| c.is_whitespace() || c == '<' || c == '"')
            .unwrap_or(candidate.len());
        loop {
            let url = &candidate[..end];
            let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'']);
            let trimmed = if trimmed.ends_with(')')
                && trimmed.matches('(').count() < trimmed.matches(')').count()
            {
                &trimmed[..trimmed.len() - 1]
            } else {
                trimmed
            };
            if trimmed.len() == end {
                break;
            }
            end = trimmed.len();
        }
        let url = &candidate[..end];
        let scheme_only = url.trim_end_matches('/').ends_with(':');
        if start > 0 {
            parts.push(TextPart::Text(rest[..start].to_owned()));
        }
        if scheme_only {
            parts.push(TextPart::Text(url.to_owned()));
        } else {
            parts.push(TextPart::Link(url.to_owned()));
        }
        rest = &candidate[end..];
    }
    if !rest.is_empty() {
        parts.push(TextPart::Text(rest.to_owned()));
    }
    merge_text(parts)
}

fn find_address(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let http = lower.find("http://");
    let https = lower.find("https://");
    match (http, https) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
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
    fn markup_is_just_text() {
        assert_eq!(
            linkify("<a href=\"https://evil.example\">x</a>"),
            [text("<a href=\""), link("https://evil.example"), text("\">x</a>")]
        );
    }
}
