/// Words too common to help find anything.
const STOP_WORDS: [&str; 58] = [
    "a", "about", "all", "also", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can",
    "for", "from", "has", "have", "how", "if", "in", "into", "is", "it", "its", "more", "not",
    "of", "on", "or", "our", "so", "than", "that", "the", "their", "then", "there", "these",
    "they", "this", "those", "to", "us", "was", "we", "were", "what", "when", "which", "who",
    "will", "with", "would", "you", "your", "i", "my",
];

/// A word as the index keeps it: lower case, and a plural `s` taken off, so that "Projects"
/// finds "project". `None` for stop words.
pub fn normalise(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    if lower.is_empty() || STOP_WORDS.contains(&lower.as_str()) {
        return None;
    }
    let chars = lower.chars().count();
    let stem = if chars > 4 && lower.ends_with("ies") {
        format!("{}y", &lower[..lower.len() - 3])
    } else if chars > 3 && lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us")
    {
        lower[..lower.len() - 1].to_owned()
    } else {
        lower
    };
    Some(stem)
}

/// The words of a text, as the index keeps them, in order.
pub fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter_map(normalise).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowers_case_drops_stop_words_and_plural_endings() {
        assert_eq!(
            tokens("The Projects of our NHS studies, and data-sets!"),
            ["project", "nhs", "study", "data", "set"]
        );
        assert_eq!(tokens("business process status"), ["business", "process", "status"]);
        assert_eq!(normalise("the"), None);
        assert_eq!(normalise("Café"), Some("café".into()));
    }
}
