//! Which field of a JSON text a decoding error is about, found from the error's position.
//!
//! Tracking the path while decoding (serde_path_to_error) compiles a second copy of every
//! data type's decoder, about 39 KB of the app's gzipped wasm (measured). The text the
//! error is about is still at hand, and serde_json reports where it stopped, so the path is
//! read back from the text instead, and only when a file has failed.

/// One level of nesting at the error's position.
enum Level {
    /// In an object: the key whose value is being read, once its name has been read.
    Object { key: Option<String> },
    /// In an array: the element being read.
    Array { index: usize },
}

/// The path of the field a decoding error of `text` is about, written like `items[1].name`;
/// `None` at the top level. `text` must be well-formed JSON (the error is about the data,
/// not the syntax).
///
/// Where serde_json puts the error: a value of the wrong type, or a string its type refuses,
/// just after the value (still inside its field); a missing field just after the object's
/// `}` (so the path names the object, as serde_path_to_error does). An error it finds by
/// looking at the next byte without reading it (a value that cannot start the type, such as
/// a list where an enum's name belongs, or elements beyond a fixed-length list) is reported
/// one byte past that byte, and is classed as syntax although the text is well-formed.
pub fn path_of(text: &str, fault: &serde_json::Error) -> Option<String> {
    let at = offset_of(text, fault.line(), fault.column()).min(text.len());
    if fault.classify() != serde_json::error::Category::Syntax {
        return path_of_levels(&levels_before(text, at));
    }
    // The byte looked at starts the faulty value: the path is the one it is read into. For
    // surplus elements that is the first of them, where serde_path_to_error named the list.
    path_of_levels(&levels_before(text, at.saturating_sub(1)))
}

/// The levels of nesting the reader is in just before byte `end` of `text`.
fn levels_before(text: &str, end: usize) -> Vec<Level> {
    let end = end.min(text.len());
    let bytes = text.as_bytes();
    let mut levels: Vec<Level> = Vec::new();
    // Whether the next string in the innermost object is a key (after `{` or `,`).
    let mut expecting_key = false;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => {
                levels.push(Level::Object { key: None });
                expecting_key = true;
            }
            b'[' => {
                levels.push(Level::Array { index: 0 });
                expecting_key = false;
            }
            b'}' | b']' => {
                levels.pop();
                expecting_key = false;
            }
            b',' => match levels.last_mut() {
                Some(Level::Array { index }) => *index += 1,
                Some(Level::Object { key }) => {
                    *key = None;
                    expecting_key = true;
                }
                None => {}
            },
            b'"' => {
                let close = string_end(bytes, i);
                if expecting_key {
                    if let Some(Level::Object { key }) = levels.last_mut() {
                        *key = Some(unescape(&text[i..close.min(text.len())]));
                    }
                    expecting_key = false;
                }
                i = close;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    levels
}

fn path_of_levels(levels: &[Level]) -> Option<String> {
    let mut path = String::new();
    for level in levels {
        match level {
            Level::Object { key: Some(key) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Level::Object { key: None } => {}
            Level::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    (!path.is_empty()).then_some(path)
}

/// The byte offset of serde_json's (line, column).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = match line.saturating_sub(1) {
        0 => 0,
        n => text.match_indices('\n').nth(n - 1).map_or(text.len(), |(at, _)| at + 1),
    };
    line_start.saturating_add(column)
}

/// The offset just past the string that opens at `open` (its `"`), escapes skipped.
fn string_end(bytes: &[u8], open: usize) -> usize {
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// A key's text: `quoted` is the key with its quotes, as it is in the file.
fn unescape(quoted: &str) -> String {
    serde_json::from_str(quoted).unwrap_or_else(|_| quoted.trim_matches('"').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct File {
        schema: u32,
        items: Vec<Item>,
        #[serde(default)]
        pair: Option<(u32, String)>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Item {
        name: String,
        #[serde(default)]
        kind: Option<Kind>,
        #[serde(default)]
        tags: Vec<String>,
        #[serde(default)]
        when: Option<crate::model::Timestamp>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Kind {
        Post,
        Page,
    }

    /// The path this module reads back, and the one serde_path_to_error tracks while
    /// decoding, for the same broken file.
    fn both_paths(text: &str) -> (Option<String>, String) {
        let err = serde_json::from_str::<File>(text).expect_err(text);
        let ours = path_of(text, &err);
        let mut de = serde_json::Deserializer::from_str(text);
        let tracked = serde_path_to_error::deserialize::<_, File>(&mut de)
            .expect_err(text)
            .path()
            .to_string();
        (ours, tracked)
    }

    #[test]
    fn agrees_with_the_path_tracked_while_decoding() {
        let broken = [
            // A value of the wrong type, as the first, a middle and the last field.
            r#"{"schema":"1","items":[]}"#,
            r#"{"schema":1,"items":[{"name":"a"},{"name":7}]}"#,
            r#"{"schema":1,"items":[{"name":"a","tags":["x",3]}]}"#,
            r#"{"schema":1,"items":[{"name":"a","tags":"x"}]}"#,
            r#"{"schema":1,"items":[{"name":{"first":"a"}}]}"#,
            r#"{"schema":1,"items":[{"name":["a"]}]}"#,
            r#"{"schema":1,"items":{"name":"a"}}"#,
            r#"{"schema":1,"items":[{"name":null}]}"#,
            r#"{"schema":1,"items":[{"name":true}]}"#,
            r#"{"schema":1,"items":[{"name":-1.5e3}]}"#,
            // A missing field, in the top level and in a nested object.
            r#"{"items":[]}"#,
            r#"{"schema":1,"items":[{"name":"a"},{"tags":[]}]}"#,
            r#"{"schema":1,"items":[{"kind":"post"}]}"#,
            // A string the type refuses: an unknown variant, a bad date.
            r#"{"schema":1,"items":[{"name":"a","kind":"poem"}]}"#,
            r#"{"schema":1,"items":[{"name":"a","when":"yesterday"}]}"#,
            // A tuple of the wrong length.
            r#"{"schema":1,"items":[],"pair":[1]}"#,
            // A value that cannot start the type: serde_json looks at its first byte only.
            r#"{"schema":1,"items":[{"name":"a","kind":["post"]}]}"#,
            r#"{"schema":1,"items":[{"name":"a","kind":7}]}"#,
            r#"{"schema":1,"items":[{"name":"a","tags":[{}]}]}"#,
            r#"{"schema":1,"items":[{"name":"a","tags":[["x"]]}]}"#,
            // Keys and strings with escapes, quotes, brackets and commas in them; unknown
            // fields with nested values before the fault; white space and new lines.
            r#"{"schema":1,"x\"y":{"a":[1,{"b":"],}{["}]},"items":[{"name":"q\\\"","tags":[1]}]}"#,
            "{\n  \"schema\": 1,\n  \"items\": [\n    {\"name\": \"a\"},\n    {\"name\": 2}\n  ]\n}",
            "{\r\n\"schema\":1,\r\n\"items\":[\r\n{}\r\n]\r\n}",
            r#"{"schema":1,"items":[{"name":"é ü ☃","tags":["ok"],"kind":"page"},{"name":"b","tags":[{}]}]}"#,
        ];
        for text in broken {
            let (ours, tracked) = both_paths(text);
            assert_eq!(ours.unwrap_or_else(|| ".".into()), tracked, "in {text}");
        }
    }

    #[test]
    fn names_the_first_surplus_element_of_a_fixed_length_list() {
        // serde_path_to_error names the list; the element that should not be there is the
        // more exact place, whatever its kind.
        for surplus in ["2", "[2]", r#"{"b":[3]}"#] {
            let text = format!(r#"{{"schema":1,"items":[],"pair":[1,"a",{surplus}]}}"#);
            let err = serde_json::from_str::<File>(&text).unwrap_err();
            assert!(err.to_string().contains("trailing characters"), "{err}");
            assert_eq!(path_of(&text, &err).as_deref(), Some("pair[2]"), "in {text}");
            assert_eq!(both_paths(&text).1, "pair");
        }
    }

    /// The path just before byte `end`, as the scan alone finds it.
    fn path_before(text: &str, end: usize) -> Option<String> {
        path_of_levels(&levels_before(text, end))
    }

    #[test]
    fn names_nested_fields_and_elements() {
        let text = r#"{"a":{"b":[{"c":1},{"c":2,"d":[5,6,7]}]}}"#;
        // Just after the 7: the third element of `d` in the second element of `b`.
        let end = text.find('7').unwrap() + 1;
        assert_eq!(path_before(text, end).as_deref(), Some("a.b[1].d[2]"));
        // Just after the first `}`: the first element of `b`, which that brace closed.
        let end = text.find('}').unwrap() + 1;
        assert_eq!(path_before(text, end).as_deref(), Some("a.b[0]"));
    }

    #[test]
    fn is_the_top_level_outside_every_field() {
        assert_eq!(path_before(r#"{"a":1}"#, 0), None);
        assert_eq!(path_before(r#"{"a":1}"#, 7), None);
        assert_eq!(path_before("", 0), None);
    }

    #[test]
    fn finds_the_offset_of_a_line_and_column_in_bytes() {
        let text = "{\r\n  \"é\": [\n1]}";
        assert_eq!(offset_of(text, 1, 0), 0);
        assert_eq!(offset_of(text, 2, 2), 5);
        assert_eq!(&text[offset_of(text, 3, 1)..], "]}");
        // Past the last line: the end of the text.
        assert_eq!(offset_of(text, 9, 0), text.len());
    }

    #[test]
    fn survives_positions_past_the_text_and_unterminated_strings() {
        assert_eq!(path_before(r#"{"a":[1"#, 99).as_deref(), Some("a[0]"));
        assert_eq!(path_before(r#"{"a":"unterminated"#, 99).as_deref(), Some("a"));
    }
}
