/// Lower-case words joined by hyphens: `"Openness & trust"` becomes `"openness-trust"`.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.extend(word.chars().flat_map(char::to_lowercase));
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn joins_words_with_hyphens_in_lower_case() {
        assert_eq!(slugify("Openness & trust"), "openness-trust");
        assert_eq!(slugify("  What's next?  "), "what-s-next");
        assert_eq!(slugify("Ünïcode Wörds"), "ünïcode-wörds");
        assert_eq!(slugify("!!!"), "");
    }
}
