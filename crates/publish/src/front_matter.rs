/// Splits a Markdown file into its TOML front matter (between `+++` lines) and its body.
/// Returns `None` when the file does not start with a `+++` line or the block is not closed.
pub fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text.strip_prefix("+++")?;
    let rest = rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix('\n'))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            return Some((front, body.trim_start_matches(['\r', '\n'])));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_from_the_body() {
        let (front, body) = split_front_matter("+++\ntitle = \"A\"\n+++\n\nBody\n").unwrap();
        assert_eq!(front, "title = \"A\"\n");
        assert_eq!(body, "Body\n");
    }

    #[test]
    fn accepts_windows_line_endings_and_a_byte_order_mark() {
        let (front, body) =
            split_front_matter("\u{feff}+++\r\ntitle = \"A\"\r\n+++\r\nBody").unwrap();
        assert_eq!(front, "title = \"A\"\r\n");
        assert_eq!(body, "Body");
    }

    #[test]
    fn refuses_files_without_a_closed_block() {
        assert_eq!(split_front_matter("title = \"A\"\n"), None);
        assert_eq!(split_front_matter("+++\ntitle = \"A\"\n"), None);
    }
}
