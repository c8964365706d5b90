//! A comment thread as one piece of HTML.
//!
//! A long thread built node by node costs a call from wasm into the browser for every element,
//! attribute and run of text: about 30 for each comment, 30,000 for a thousand. The browser's
//! own parser builds the same tree from one string many times faster (see docs/performance.md).
//! Everything a commenter wrote is escaped here, so the string is safe to insert.

use std::fmt::Write;
use std::ops::Range;

use super::SafeHtml;
use crate::text::{
    linkify, paragraphs, push_escaped_markup as push_escaped, CommentNode, TextPart,
};

/// When the browser lays out a run of top-level comments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaidOut {
    /// With the page: the first comments, which may be on the opening screen.
    AtOnce,
    /// Only when it comes near the screen (the stylesheet gives these `content-visibility:
    /// auto`): each later run of a long thread, with all the replies inside it.
    NearScreen,
}

/// The `<li>` of each of these comments, with their replies nested inside.
pub fn thread_html(nodes: &[CommentNode], laid_out: LaidOut) -> SafeHtml {
    let mut out = String::new();
    let class = match laid_out {
        LaidOut::AtOnce => "app-comment",
        LaidOut::NearScreen => "app-comment app-comment--later",
    };
    for node in nodes {
        push_comment(&mut out, node, class);
    }
    SafeHtml(out)
}

/// A whole thread as its runs would arrive one by one: the first laid out at once, the rest
/// when they come near the screen.
pub fn thread_html_in_runs(nodes: &[CommentNode], runs: &[Range<usize>]) -> SafeHtml {
    SafeHtml(
        runs.iter()
            .enumerate()
            .map(|(index, run)| thread_html(&nodes[run.clone()], run_laid_out(index)).into_string())
            .collect(),
    )
}

/// How the run at this place in a thread is laid out.
pub fn run_laid_out(index: usize) -> LaidOut {
    match index {
        0 => LaidOut::AtOnce,
        _ => LaidOut::NearScreen,
    }
}

/// Splits a post's top-level comments into runs, so a long thread can be added a run at a
/// time: the first of about `first` comments (counting replies), the others of about `size`.
/// A comment and its replies are never split; a run is never empty.
pub fn thread_batches(nodes: &[CommentNode], first: usize, size: usize) -> Vec<Range<usize>> {
    let mut batches = Vec::new();
    let (mut start, mut count) = (0, 0);
    for (index, node) in nodes.iter().enumerate() {
        count += comment_count(node);
        let limit = if batches.is_empty() { first } else { size };
        if count >= limit.max(1) {
            batches.push(start..index + 1);
            (start, count) = (index + 1, 0);
        }
    }
    if start < nodes.len() {
        batches.push(start..nodes.len());
    }
    batches
}

fn comment_count(node: &CommentNode) -> usize {
    1 + node.replies.iter().map(comment_count).sum::<usize>()
}

fn push_level(out: &mut String, nodes: &[CommentNode]) {
    if nodes.is_empty() {
        return;
    }
    out.push_str(r#"<ol class="app-comments__list">"#);
    for node in nodes {
        push_comment(out, node, "app-comment");
    }
    out.push_str("</ol>");
}

fn push_comment(out: &mut String, node: &CommentNode, class: &str) {
    let comment = &node.comment;
    let id = comment.id;
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        r#"<li class="{class}" id="comment-{id}"><p class="app-comment__meta">Comment by <b class="app-comment__author">"#
    );
    push_escaped(out, &comment.author);
    let _ = write!(
        out,
        r#"</b> posted on <time datetime="{}">{}</time>"#,
        comment.date.to_rfc3339(),
        comment.date.human_date()
    );
    if let Some(name) = &node.in_reply_to {
        out.push_str(r#"<span class="app-comment__reply-to"> in reply to "#);
        push_escaped(out, name);
        out.push_str("</span>");
    }
    out.push_str(r#"</p><div class="app-comment__body">"#);
    push_text(out, &comment.body);
    let _ = write!(
        out,
        r##"</div><p class="govuk-body-s app-comment__link"><a class="govuk-link" href="#comment-{id}" target="_self">Link to this comment</a></p>"##
    );
    // Depth is bounded by the threading, so this recursion is too.
    push_level(out, &node.replies);
    out.push_str("</li>");
}

fn push_text(out: &mut String, text: &str) {
    for paragraph in paragraphs(text) {
        out.push_str(r#"<p class="govuk-body">"#);
        for part in linkify(&paragraph) {
            match part {
                TextPart::Text(text) => push_escaped(out, &text),
                TextPart::Link(url) => {
                    out.push_str(r#"<a class="govuk-link" href=""#);
                    push_escaped(out, &url);
                    out.push_str(r#"" rel="nofollow ugc">"#);
                    push_escaped(out, &url);
                    out.push_str("</a>");
                }
            }
        }
        out.push_str("</p>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Comment, Timestamp};
    use crate::text::thread_comments;

    fn comment(id: u64, parent: Option<u64>, author: &str, body: &str) -> Comment {
        Comment {
            id,
            parent,
            author: author.to_owned(),
            date: Timestamp::parse("2016-03-10T09:30:00Z").unwrap(),
            body: body.to_owned(),
        }
    }

    #[test]
    fn no_comments_make_no_html_and_no_batches() {
        assert_eq!(thread_html(&[], LaidOut::AtOnce), "");
        assert!(thread_batches(&[], 10, 100).is_empty());
    }

    #[test]
    fn batches_count_replies_and_keep_each_thread_whole() {
        let mut comments: Vec<Comment> = (1..=5).map(|id| comment(id, None, "A", "a")).collect();
        // The second comment has three replies, so its thread alone fills a batch of four.
        comments.extend((6..=8).map(|id| comment(id, Some(2), "B", "b")));
        let threads = thread_comments(comments, 3);
        assert_eq!(thread_batches(&threads, 4, 4), [0..2, 2..5]);
        assert_eq!(thread_batches(&threads, 1, 4), [0..1, 1..2, 2..5]);
        assert_eq!(thread_batches(&threads, 100, 100).len(), 1);
        assert_eq!(thread_batches(&threads, usize::MAX, usize::MAX).len(), 1);
        assert_eq!(thread_batches(&threads, 1, 1), [0..1, 1..2, 2..3, 3..4, 4..5]);
        assert_eq!(thread_batches(&threads, 0, 0), thread_batches(&threads, 1, 1));
    }

    #[test]
    fn later_runs_are_marked_at_their_top_level_only() {
        let mut comments: Vec<Comment> = (1..=3).map(|id| comment(id, None, "A", "a")).collect();
        comments.push(comment(4, Some(3), "B", "b"));
        let threads = thread_comments(comments, 3);
        let runs = thread_batches(&threads, 1, 1);
        assert_eq!(runs, [0..1, 1..2, 2..3]);
        let html = thread_html_in_runs(&threads, &runs);
        assert!(html.starts_with(r#"<li class="app-comment" id="comment-1">"#), "{html}");
        assert!(html.contains(r#"<li class="app-comment app-comment--later" id="comment-2">"#));
        assert!(html.contains(r#"<li class="app-comment app-comment--later" id="comment-3">"#));
        // A reply is laid out with the comment it answers.
        assert!(html.contains(r#"<li class="app-comment" id="comment-4">"#), "{html}");
        assert_eq!(html.matches("app-comment--later").count(), 2);
        assert_eq!(run_laid_out(0), LaidOut::AtOnce);
        assert_eq!(run_laid_out(1), LaidOut::NearScreen);
    }

    #[test]
    fn a_comment_has_its_anchor_byline_date_paragraphs_and_own_link() {
        let html = thread_html(
            &thread_comments(
                vec![comment(7, None, "simonfj", "First.\n\nSecond, see https://www.gov.uk/.")],
                3,
            ),
            LaidOut::AtOnce,
        );
        assert_eq!(
            html,
            concat!(
                r#"<li class="app-comment" id="comment-7">"#,
                r#"<p class="app-comment__meta">Comment by <b class="app-comment__author">simonfj</b>"#,
                r#" posted on <time datetime="2016-03-10T09:30:00Z">10 March 2016</time></p>"#,
                r#"<div class="app-comment__body"><p class="govuk-body">First.</p>"#,
                r#"<p class="govuk-body">Second, see <a class="govuk-link" href="https://www.gov.uk/" rel="nofollow ugc">https://www.gov.uk/</a>.</p></div>"#,
                r##"<p class="govuk-body-s app-comment__link"><a class="govuk-link" href="#comment-7" target="_self">Link to this comment</a></p>"##,
                "</li>"
            )
        );
    }

    #[test]
    fn replies_nest_inside_their_comment_and_deep_ones_say_whom_they_answer() {
        let comments = vec![
            comment(1, None, "A", "a"),
            comment(2, Some(1), "B", "b"),
            comment(3, Some(2), "C", "c"),
            comment(4, Some(3), "D", "d"),
        ];
        let html = thread_html(&thread_comments(comments, 3), LaidOut::AtOnce);
        assert_eq!(html.matches("<ol").count(), 2, "two levels of replies: {html}");
        let reply = html.find(r#"id="comment-2""#).unwrap();
        assert!(
            html[..reply].ends_with(r#"<ol class="app-comments__list"><li class="app-comment" "#)
        );
        assert!(html.contains(r#"<span class="app-comment__reply-to"> in reply to C</span>"#));
    }

    #[test]
    fn whatever_a_commenter_types_is_shown_as_text() {
        let hostile = comment(
            1,
            None,
            r#"<b onclick="x()">Mallory</b>"#,
            "<script>window.hacked = true</script>\n\n\"quoted\" & 'single' \
             https://example.org/?a=\"><img src=x onerror=alert(1)>",
        );
        let html = thread_html(&thread_comments(vec![hostile], 3), LaidOut::AtOnce);
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<b onclick"), "{html}");
        assert!(html.contains("&lt;script&gt;window.hacked = true&lt;/script&gt;"));
        assert!(html.contains("&lt;b onclick=&quot;x()&quot;&gt;Mallory&lt;/b&gt;"));
        assert!(html.contains("&quot;quoted&quot; &amp; &apos;single&apos;"));
        // The address stops at the quote, so nothing breaks out of the href.
        assert!(html.contains(r#"href="https://example.org/?a=" rel="nofollow ugc">"#), "{html}");
    }
}
