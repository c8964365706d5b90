use super::normalise;

/// A run of text, marked when it matches the query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextPart {
    Plain(String),
    Match(String),
}

/// How many words a snippet shows.
const SNIPPET_WORDS: usize = 32;

fn query_words(query: &str) -> Vec<String> {
    query.split(|c: char| !c.is_alphanumeric()).filter_map(normalise).collect()
}

fn matches(word: &str, query: &[String]) -> bool {
    normalise(word).is_some_and(|w| query.iter().any(|q| w.starts_with(q.as_str()) || *q == w))
}

/// `text` with the words that match the query marked.
pub fn highlight(text: &str, query: &str) -> Vec<TextPart> {
    let query = query_words(query);
    let mut parts: Vec<TextPart> = Vec::new();
    let mut push = |part: TextPart| match (parts.last_mut(), part) {
        (Some(TextPart::Plain(a)), TextPart::Plain(b)) => a.push_str(&b),
        (_, part) => parts.push(part),
    };
    let mut rest = text;
    while !rest.is_empty() {
        let word_end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
        if word_end == 0 {
            let gap_end = rest.find(char::is_alphanumeric).unwrap_or(rest.len());
            push(TextPart::Plain(rest[..gap_end].to_owned()));
            rest = &rest[gap_end..];
            continue;
        }
        let word = &rest[..word_end];
        push(if matches(word, &query) {
            TextPart::Match(word.to_owned())
        } else {
            TextPart::Plain(word.to_owned())
        });
        rest = &rest[word_end..];
    }
    parts
}

/// About 32 words of `text` around the first match of the query, marked; the start of the text
/// when nothing in it matches.
pub fn snippet(text: &str, query: &str) -> Vec<TextPart> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let query_list = query_words(query);
    let first = words
        .iter()
        .position(|w| {
            w.split(|c: char| !c.is_alphanumeric()).any(|part| matches(part, &query_list))
        })
        .unwrap_or(0);
    let start = first.saturating_sub(SNIPPET_WORDS / 3);
    let end = (start + SNIPPET_WORDS).min(words.len());
    let mut cut = words[start..end].join(" ");
    if start > 0 {
        cut = format!("…{cut}");
    }
    if end < words.len() {
        cut.push('…');
    }
    highlight(&cut, query)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(parts: &[TextPart]) -> String {
        parts
            .iter()
            .map(|p| match p {
                TextPart::Plain(t) => t.clone(),
                TextPart::Match(t) => format!("[{t}]"),
            })
            .collect()
    }

    #[test]
    fn marks_whole_words_that_start_with_a_query_word() {
        assert_eq!(
            render(&highlight("Open data, opened papers; reopen.", "open")),
            "[Open] data, [opened] papers; reopen."
        );
        assert_eq!(render(&highlight("Our projects", "project")), "Our [projects]");
        assert_eq!(render(&highlight("nothing here", "data")), "nothing here");
    }

    #[test]
    fn cuts_a_window_around_the_first_match() {
        let text =
            (1..=100).map(|n| format!("w{n}")).collect::<Vec<_>>().join(" ") + " target " + "end";
        let shown = render(&snippet(&text, "target"));
        assert!(shown.starts_with('…') && shown.contains("[target]"), "{shown}");
        assert!(shown.split_whitespace().count() <= 33, "{shown}");
        assert_eq!(render(&snippet("short text", "missing")), "short text");
    }
}
