//! The comment thread's code, run once on a sample while the reader reads.
//!
//! Chromium compiles each wasm function the first time it is called. Opening a long
//! thread for the first time compiled the decoding, threading and HTML writing in the same
//! task that showed it: 10 to 50 ms of a 60 to 150 ms task at 4x CPU (traced). Running the
//! same functions on a two-comment sample when the browser is idle moves that compiling out
//! of the reader's way.

use crate::api::{body_text, interpret_response};
use crate::components::{COMMENTS_PER_BATCH, FIRST_COMMENTS, MAX_THREAD_DEPTH};
use crate::model::CommentFile;
use crate::text::{thread_batches, thread_comments, thread_html_in_runs};

/// A reply, a zone offset, an escape, a link and two paragraphs: the paths a real thread
/// takes.
const SAMPLE: &str = r#"{"comments":[
{"id":1,"author":"A & B","date":"2014-10-13T09:30:00Z","body":"First.\n\nSee https://example.org/a"},
{"id":2,"parent":1,"author":"C","date":"2014-10-14T10:00:00+01:00","body":"A \"reply\""}
],"schema":1}"#;

/// The sample thread's HTML, written the way a fetched thread is.
pub fn comment_thread() -> crate::safe_html::SafeHtml {
    let body = body_text(SAMPLE.as_bytes().to_vec());
    let Ok(file) = interpret_response::<CommentFile>("", 200, Some("application/json"), &body)
    else {
        return Default::default();
    };
    let threads = thread_comments(file.comments, MAX_THREAD_DEPTH);
    let runs = thread_batches(&threads, FIRST_COMMENTS, COMMENTS_PER_BATCH);
    thread_html_in_runs(&threads, &runs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_thread_decodes_and_is_written_out() {
        let html = comment_thread();
        assert!(html.contains(r#"id="comment-1""#), "{html}");
        assert!(html.contains(r#"id="comment-2""#), "{html}");
        assert!(html.contains("A &amp; B"), "{html}");
        // The reply sits inside its parent's list item.
        let reply = html.find(r#"id="comment-2""#).unwrap();
        assert!(html[..reply].matches("<li").count() == 2 && !html[..reply].contains("</li>"));
        assert!(html.contains(r#"href="https://example.org/a""#), "{html}");
    }
}
