//! A published WordPress site read live: whether what WordPress answers now differs from
//! what a page shows (its pre-rendered data, or the site's data files), and what the page
//! should show instead.
//!
//! The two sides are not made alike, so plain equality would find a difference on every
//! page and redraw it for nothing: the published files hold bodies and comments sanitised
//! on the host (so re-serialised: `&#8217;` becomes `’`), counts of comments WordPress's
//! API does not give, related posts it does not know, and "(no title)" for an untitled post.
//! So each answer is compared on what a reader reads, as text, and only a real change
//! returns something to show. Pure, so tested on the host; the app does the fetching.

use crate::model::{Comment, ListPage, Post, PostFile, PostSummary, Term};

/// What WordPress itself lists an untitled post as (the publish step does the same).
pub const UNTITLED: &str = "(no title)";

/// The title a reader sees.
fn shown_title(title: &str) -> &str {
    if title.trim().is_empty() {
        UNTITLED
    } else {
        title
    }
}

/// Text with every run of white space as one space, for comparing what a reader reads.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn same_terms(a: &[Term], b: &[Term]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a.slug == b.slug && a.name == b.name)
}

fn same_summary(shown: &PostSummary, answer: &PostSummary) -> bool {
    shown.slug == answer.slug
        && shown_title(&shown.title) == shown_title(&answer.title)
        && shown.date == answer.date
        && same_terms(&shown.authors, &answer.authors)
        && same_terms(&shown.categories, &answer.categories)
        && words(&shown.excerpt) == words(&answer.excerpt)
}

/// WordPress's page of a list, when it differs from the page shown: a post added, removed,
/// retitled, redated or re-excerpted, or other totals. The posts still shown keep their
/// comment counts (WordPress's list does not count them; a count a little old beats every
/// card losing it); new ones show none.
pub fn fresher_list(shown: &ListPage, mut answer: ListPage) -> Option<ListPage> {
    let unchanged = shown.page == answer.page
        && shown.total_pages == answer.total_pages
        && shown.total_posts == answer.total_posts
        && shown.posts.len() == answer.posts.len()
        && shown.posts.iter().zip(&answer.posts).all(|(s, a)| same_summary(s, a));
    if unchanged {
        return None;
    }
    for post in &mut answer.posts {
        post.title = shown_title(&post.title).to_owned();
        if post.comment_count.is_none() {
            post.comment_count =
                shown.posts.iter().find(|s| s.slug == post.slug).and_then(|s| s.comment_count);
        }
    }
    Some(answer)
}

/// Whether a reader would see a difference between two versions of a post. Bodies are
/// compared as their text (`body_text`: the platform's HTML-to-text, which leaves out what
/// is never shown, such as scripts), since one side was re-serialised by the sanitiser. An
/// edit to markup alone (a link's address, say) is not seen until the next publish.
fn same_post(shown: &Post, answer: &Post, body_text: impl Fn(&str) -> String) -> bool {
    shown.slug == answer.slug
        && shown_title(&shown.title) == shown_title(&answer.title)
        && shown.date == answer.date
        && same_terms(&shown.authors, &answer.authors)
        && same_terms(&shown.categories, &answer.categories)
        && same_terms(&shown.tags, &answer.tags)
        && same_terms(&shown.themes, &answer.themes)
        && shown.comments_open == answer.comments_open
        && words(&shown.summary) == words(&answer.summary)
        && shown.body_format == answer.body_format
        && words(&body_text(&shown.body)) == words(&body_text(&answer.body))
}

/// WordPress's version of a post, when a reader would see a difference. Its neighbours are
/// WordPress's; its related posts (which WordPress does not know) stay the published ones. A
/// change of neighbours alone (a post published since) does not redraw the page.
pub fn fresher_post(
    shown: &PostFile,
    answer: PostFile,
    body_text: impl Fn(&str) -> String,
) -> Option<PostFile> {
    if same_post(&shown.post, &answer.post, body_text) {
        return None;
    }
    let mut fresher = answer;
    fresher.post.title = shown_title(&fresher.post.title).to_owned();
    if fresher.related.is_empty() {
        fresher.related = shown.related.clone();
    }
    Some(fresher)
}

/// WordPress's comments on a post as the published files hold them: oldest first, and a
/// reply to a comment not shown (held for moderation, say) shown as a comment of its own.
pub fn published_comments(mut comments: Vec<Comment>) -> Vec<Comment> {
    let ids: std::collections::HashSet<u64> = comments.iter().map(|c| c.id).collect();
    for comment in &mut comments {
        comment.parent = comment.parent.filter(|p| ids.contains(p) && *p != comment.id);
    }
    comments.sort_by_key(|c| (c.date, c.id));
    comments
}

/// WordPress's comments on a post, when they differ from those shown: one added, removed or
/// edited.
pub fn fresher_comments(shown: &[Comment], answer: Vec<Comment>) -> Option<Vec<Comment>> {
    let answer = published_comments(answer);
    let same = |a: &Comment, b: &Comment| {
        a.id == b.id
            && a.parent == b.parent
            && a.author == b.author
            && a.date == b.date
            && words(&a.body) == words(&b.body)
    };
    let unchanged =
        shown.len() == answer.len() && shown.iter().zip(&answer).all(|(a, b)| same(a, b));
    (!unchanged).then_some(answer)
}

#[cfg(test)]
mod tests;
