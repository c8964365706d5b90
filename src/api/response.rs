use serde::de::DeserializeOwned;

use super::LoadError;
use crate::model::{decode_data_file, DataFile};

/// Turns a server's answer into data or a [`LoadError`] that says what went wrong.
///
/// Kept apart from the fetching so that every kind of bad answer is tested on the host.
pub fn interpret_response<T: DataFile>(
    url: &str,
    status: u16,
    content_type: Option<&str>,
    body: &str,
) -> Result<T, LoadError> {
    check_answer(url, status, content_type, body)?;
    decode_data_file(body).map_err(|source| LoadError::Invalid { url: url.to_owned(), source })
}

/// An answer's body as text, decoded as `fetch`'s `text()` does: UTF-8, a byte-order mark
/// dropped, bytes that are not UTF-8 replaced with U+FFFD.
///
/// The browser reads the body as bytes: copying them into the wasm memory is a copy, where
/// `text()` made a JavaScript string that then had to be encoded back into UTF-8 (about a
/// fifth of the time to show a 1,000-comment thread).
pub fn body_text(mut bytes: Vec<u8>) -> String {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes)
        .unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned())
}

/// The same for an answer from WordPress's REST API, which has no `schema` envelope and
/// answers a page past the last with HTTP 400.
pub fn interpret_wordpress_answer<T: DeserializeOwned>(
    url: &str,
    status: u16,
    content_type: Option<&str>,
    body: &str,
) -> Result<T, LoadError> {
    if crate::wordpress::is_past_last_page(status, body) {
        return Err(LoadError::NotFound { url: url.to_owned() });
    }
    check_answer(url, status, content_type, body)?;
    crate::wordpress::decode_answer(body)
        .map_err(|source| LoadError::Invalid { url: url.to_owned(), source })
}

/// Every way an answer can be wrong before its JSON is read.
fn check_answer(
    url: &str,
    status: u16,
    content_type: Option<&str>,
    body: &str,
) -> Result<(), LoadError> {
    let url = url.to_owned();
    match status {
        200..=299 => {}
        404 | 410 => return Err(LoadError::NotFound { url }),
        status => return Err(LoadError::Status { url, status }),
    }
    let content_type = content_type.unwrap_or("").to_ascii_lowercase();
    // Single-page-app servers answer a missing file with index.html and status 200.
    if content_type.contains("html") || body.trim_start().starts_with('<') {
        let content_type =
            if content_type.is_empty() { "no content type".into() } else { content_type };
        return Err(LoadError::NotJson { url, content_type });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CommentFile, DecodeError};

    const URL: &str = "data/comments/x.json";
    const GOOD: &str = r#"{"schema":1,"comments":[]}"#;

    fn interpret(
        status: u16,
        content_type: Option<&str>,
        body: &str,
    ) -> Result<CommentFile, LoadError> {
        interpret_response(URL, status, content_type, body)
    }

    #[test]
    fn a_body_reads_as_fetch_would_read_it() {
        assert_eq!(body_text(b"{\"schema\":1}".to_vec()), r#"{"schema":1}"#);
        assert_eq!(body_text("caf\u{e9}".as_bytes().to_vec()), "caf\u{e9}");
        // A byte-order mark is not part of the text; one in the middle is kept.
        assert_eq!(body_text(b"\xEF\xBB\xBF{}".to_vec()), "{}");
        assert_eq!(body_text(b"a\xEF\xBB\xBFb".to_vec()), "a\u{feff}b");
        // Bytes that are not UTF-8 become replacement characters, not an error.
        assert_eq!(body_text(b"a\xFFb\xC3".to_vec()), "a\u{fffd}b\u{fffd}");
        assert_eq!(body_text(Vec::new()), "");
    }

    #[test]
    fn reads_good_json() {
        assert!(interpret(200, Some("application/json"), GOOD).unwrap().comments.is_empty());
        assert!(interpret(200, None, GOOD).is_ok());
    }

    #[test]
    fn a_404_is_not_found_and_names_the_file() {
        let err = interpret(404, Some("text/html"), "<h1>Not Found</h1>").unwrap_err();
        assert_eq!(err, LoadError::NotFound { url: URL.into() });
        assert!(err.to_string().contains(URL));
        assert_eq!(err.reader_message(), "Some of the content for this page is missing.");
    }

    #[test]
    fn a_server_error_says_so() {
        let err = interpret(500, Some("text/plain"), "oops").unwrap_err();
        assert_eq!(err, LoadError::Status { url: URL.into(), status: 500 });
        assert!(err.reader_message().contains("server had a problem"));
        assert!(err.to_string().contains("HTTP 500"));
    }

    #[test]
    fn html_where_json_was_expected_is_named() {
        let err = interpret(200, Some("text/html; charset=utf-8"), "<!DOCTYPE html>").unwrap_err();
        assert!(matches!(err, LoadError::NotJson { .. }), "{err:?}");
        assert!(err.to_string().contains("where JSON data was expected"));
        let err = interpret(200, Some("application/octet-stream"), "  <html>").unwrap_err();
        assert!(matches!(err, LoadError::NotJson { .. }), "{err:?}");
    }

    #[test]
    fn wordpress_answers_past_the_last_page_are_not_found() {
        let body =
            r#"{"code":"rest_post_invalid_page_number","message":"...","data":{"status":400}}"#;
        let err = interpret_wordpress_answer::<Vec<crate::wordpress::WpPost>>(URL, 400, None, body)
            .unwrap_err();
        assert_eq!(err, LoadError::NotFound { url: URL.into() });
        let other = interpret_wordpress_answer::<Vec<crate::wordpress::WpPost>>(
            URL,
            400,
            Some("application/json"),
            r#"{"code":"rest_invalid_param"}"#,
        );
        assert_eq!(other.unwrap_err(), LoadError::Status { url: URL.into(), status: 400 });
        let html = interpret_wordpress_answer::<Vec<crate::wordpress::WpPost>>(
            URL,
            200,
            Some("text/html"),
            "<!doctype html><p>Briefly unavailable for scheduled maintenance.",
        );
        assert!(matches!(html.unwrap_err(), LoadError::NotJson { .. }));
        let wrong = interpret_wordpress_answer::<Vec<crate::wordpress::WpPost>>(
            URL,
            200,
            Some("application/json"),
            r#"[{"id":"x"}]"#,
        )
        .unwrap_err();
        assert!(wrong.to_string().contains("expected u64 at line 1 column 10"), "{wrong}");
    }

    #[test]
    fn malformed_json_names_the_file_and_field() {
        let err = interpret(200, Some("application/json"), r#"{"schema":1,"comments":[{"id":1}]}"#)
            .unwrap_err();
        assert!(matches!(err, LoadError::Invalid { source: DecodeError::Field { .. }, .. }));
        let text = err.to_string();
        assert!(text.contains(URL) && text.contains("comments[0]"), "{text}");
        let err = interpret(200, Some("application/json"), "{\"schema\":1,").unwrap_err();
        assert!(matches!(err, LoadError::Invalid { source: DecodeError::Syntax { .. }, .. }));
    }
}
