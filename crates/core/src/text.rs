//! Helpers for plain text: comment bodies, counts, reading time and comment threads.

mod linkify;
mod thread;

pub use crate::safe_html::thread_html::{
    run_laid_out, thread_batches, thread_html, thread_html_in_runs, LaidOut,
};
pub use linkify::{linkify, TextPart};
pub use thread::{thread_comments, CommentNode};

/// Appends `text` escaped for HTML or XML element content and double- or single-quoted
/// attribute values. Control characters other than tab and newlines are dropped: XML 1.0
/// forbids them and HTML treats them as errors.
pub fn push_escaped_markup(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
}

/// Splits plain text into paragraphs at blank lines, trimming each and dropping empty ones.
pub fn paragraphs(text: &str) -> Vec<String> {
    let normalised = text.replace("\r\n", "\n");
    normalised.split("\n\n").map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()).collect()
}

/// `"1 comment"`, `"3 comments"`.
pub fn count_noun(count: usize, singular: &str, plural: &str) -> String {
    format!("{count} {}", if count == 1 { singular } else { plural })
}

/// Reading speed for the reading-time estimate, in words a minute.
const WORDS_PER_MINUTE: usize = 200;

/// `"4 minute read"`: rounded, never less than a minute.
pub fn reading_time(words: usize) -> String {
    let minutes = ((words + WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE).max(1);
    format!("{minutes} minute read")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_paragraphs_at_blank_lines() {
        assert_eq!(
            paragraphs("One\nline\r\n\r\nTwo\n\n\n\n  Three  \n"),
            ["One\nline", "Two", "Three"]
        );
        assert!(paragraphs("  \n\n ").is_empty());
    }

    #[test]
    fn counts_with_the_right_noun() {
        assert_eq!(count_noun(1, "comment", "comments"), "1 comment");
        assert_eq!(count_noun(0, "comment", "comments"), "0 comments");
        assert_eq!(count_noun(25, "project", "projects"), "25 projects");
    }

    #[test]
    fn reading_time_rounds_to_whole_minutes_of_at_least_one() {
        assert_eq!(reading_time(0), "1 minute read");
        assert_eq!(reading_time(299), "1 minute read");
        assert_eq!(reading_time(300), "2 minute read");
        assert_eq!(reading_time(1000), "5 minute read");
    }
}
