//! Helpers for plain text: comment bodies, counts and reading time.

/// Splits plain text into paragraphs at blank lines, trimming each and dropping empty ones.
pub fn paragraphs(text: &str) -> Vec<String> {
    let normalised = text.replace("\r\n", "\n");
    normalised
        .split("\n\n")
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// `"1 comment"`, `"3 comments"`.
pub fn count_noun(count: usize, singular: &str, plural: &str) -> String {
    format!("{count} {}", if count == 1 { singular } else { plural })
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
}
