use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::markdown::markdown_options;

/// The words of a Markdown text without its markup, paragraphs separated by blank lines.
/// Footnote definitions are left out.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::new();
    let mut in_footnote = 0usize;
    for event in Parser::new_ext(markdown, markdown_options()) {
        match event {
            Event::Start(Tag::FootnoteDefinition(_)) => in_footnote += 1,
            Event::End(TagEnd::FootnoteDefinition) => in_footnote = in_footnote.saturating_sub(1),
            Event::Text(text) | Event::Code(text) if in_footnote == 0 => out.push_str(&text),
            Event::SoftBreak | Event::HardBreak if in_footnote == 0 => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item)
                if !out.ends_with("\n\n") && !out.is_empty() =>
            {
                out.push_str("\n\n");
            }
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// A list's excerpt: the first paragraph of the body as plain text, cut at `max_words` with
/// an ellipsis.
pub fn excerpt(markdown: &str, max_words: usize) -> String {
    excerpt_of_text(&plain_text(markdown), max_words)
}

/// The excerpt of a body already made plain text (paragraphs apart by blank lines).
pub(crate) fn excerpt_of_text(text: &str, max_words: usize) -> String {
    let first = text.split("\n\n").next().unwrap_or("");
    let words: Vec<&str> = first.split_whitespace().collect();
    if words.len() <= max_words {
        words.join(" ")
    } else {
        let cut = words[..max_words].join(" ");
        format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_drops_markup_and_footnotes() {
        let text =
            plain_text("## Heading\n\nSome *bold* [link](/x) `code`.[^1]\n\n[^1]: A note.\n");
        assert_eq!(text, "Heading\n\nSome bold link code.");
    }

    #[test]
    fn excerpt_takes_the_first_paragraph_and_cuts_long_ones() {
        assert_eq!(excerpt("First *one*.\n\nSecond.", 10), "First one.");
        assert_eq!(excerpt("one two, three four", 2), "one two…");
        assert_eq!(excerpt("", 5), "");
    }

    #[test]
    fn raw_html_in_the_body_stays_out_of_the_excerpt() {
        assert_eq!(excerpt("<b>Hi</b> there", 10), "Hi there");
    }
}
