//! Reading WordPress again after a publish: only what changed since.
//!
//! The last read's answers are kept (the state file beside the build); the next one asks for
//! - every post's id and modification time (`_fields=id,modified_gmt`, a hundred a request):
//!   posts gone from it were deleted or unpublished; posts not seen before, or modified since,
//!   are then fetched in full, a hundred a request by `include`. Listing every id is what
//!   finds deletions, which `modified_after` cannot, and the same list's times make
//!   `modified_after` redundant (and avoid its comparing with the site's local time);
//! - the comments of the last week before the newest one known (`after`, oldest first): new
//!   comments, and those approved, edited, unapproved or deleted within a week of being
//!   written. A week of margin also covers the difference between WordPress's local time,
//!   which `after` compares with, and UTC. Older comments changed later are caught by a full
//!   read (`--full`);
//! - the comments of posts not seen before, whatever their age;
//! - users and categories, whole: a few requests.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Client, WordPressError};
use crate::model::Timestamp;

/// What the last read kept: the API it read and its answers, as WordPress sent them (less
/// their `_links`), by id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WordPressState {
    pub version: u32,
    pub api: String,
    pub posts: BTreeMap<u64, Value>,
    pub comments: BTreeMap<u64, Value>,
}

/// Bumped whenever the state's meaning changes: an older state means a full read.
pub const STATE_VERSION: u32 = 1;

/// How much a read asked for and found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadCounts {
    pub requests: usize,
    pub posts_fetched: usize,
    pub posts_unchanged: usize,
    pub posts_deleted: usize,
    pub comments_fetched: usize,
    pub comments_removed: usize,
}

/// The margin before the newest comment known within which comments are read again.
const COMMENT_WINDOW_DAYS: i64 = 7;
/// Comments this much newer than the window's start must have come back if still published
/// (a day more than any difference between a site's local time and UTC).
const COMMENT_CERTAIN_DAYS: i64 = COMMENT_WINDOW_DAYS - 1;

/// The posts and comments WordPress holds now, given what it held at `previous`: the new
/// state, and what was asked for. `full_posts(page)` and `full_comments(page)` are the
/// addresses of a complete read, used when there is no previous state for this API.
pub fn read_posts_and_comments(
    client: &Client,
    api: &str,
    previous: Option<WordPressState>,
    full_posts: impl Fn(u32) -> String + Sync,
    full_comments: impl Fn(u32) -> String + Sync,
) -> Result<(WordPressState, ReadCounts), WordPressError> {
    let mut counts = ReadCounts::default();
    let previous = previous.filter(|p| p.version == STATE_VERSION && p.api == api);
    let Some(mut state) = previous else {
        let posts = by_id(client.every_page::<Value>(full_posts)?);
        let comments = by_id(client.every_page::<Value>(full_comments)?);
        counts.posts_fetched = posts.len();
        counts.comments_fetched = comments.len();
        let state = WordPressState { version: STATE_VERSION, api: api.to_owned(), posts, comments };
        return Ok((state, counts));
    };

    // Posts: which exist now, and which of them changed.
    let listed: Vec<Value> = client.every_page(|page| {
        format!(
            "{api}wp/v2/posts?per_page=100&page={page}&orderby=id&order=asc\
             &_fields=id,modified_gmt"
        )
    })?;
    let now: BTreeMap<u64, String> = listed
        .iter()
        .filter_map(|p| Some((p.get("id")?.as_u64()?, text(p, "modified_gmt"))))
        .collect();
    let deleted: Vec<u64> =
        state.posts.keys().filter(|id| !now.contains_key(id)).copied().collect();
    for id in &deleted {
        state.posts.remove(id);
    }
    let new_posts: BTreeSet<u64> =
        now.keys().filter(|id| !state.posts.contains_key(id)).copied().collect();
    let wanted: Vec<u64> = now
        .iter()
        .filter(|(id, modified)| {
            state.posts.get(id).is_none_or(|kept| text(kept, "modified_gmt") != **modified)
        })
        .map(|(id, _)| *id)
        .collect();
    let chunks: Vec<String> = wanted
        .chunks(100)
        .map(|ids| {
            format!(
                "{api}wp/v2/posts?_embed=author,wp:term&per_page=100&orderby=id&order=asc\
                 &include={}",
                join(ids)
            )
        })
        .collect();
    let fetched: Vec<Value> =
        client.get_each::<Vec<Value>>(&chunks)?.into_iter().flatten().collect();
    counts.posts_fetched = fetched.len();
    counts.posts_deleted = deleted.len();
    counts.posts_unchanged = now.len() - wanted.len();
    state.posts.extend(by_id(fetched));
    // A post listed but not fetched was unpublished in between: it goes, as if deleted.
    state.posts.retain(|id, _| now.contains_key(id));

    // Comments: the last week's, and every comment of a post not seen before.
    let newest = state.comments.values().filter_map(date).max();
    let mut arrived: BTreeMap<u64, Value> = BTreeMap::new();
    if let Some(newest) = newest {
        let window = Timestamp::from_unix_seconds(newest - COMMENT_WINDOW_DAYS * 86_400);
        let after = window.to_rfc3339();
        let recent =
            client.every_page::<Value>(|page| format!("{}&after={after}", full_comments(page)))?;
        let recent = by_id(recent);
        let certain = newest - COMMENT_CERTAIN_DAYS * 86_400;
        let before = state.comments.len();
        state
            .comments
            .retain(|id, c| recent.contains_key(id) || date(c).is_none_or(|d| d < certain));
        counts.comments_removed = before - state.comments.len();
        arrived.extend(recent);
    } else {
        arrived.extend(by_id(client.every_page::<Value>(&full_comments)?));
    }
    let new_ids: Vec<u64> = new_posts.into_iter().collect();
    for ids in new_ids.chunks(50) {
        let ids = join(ids);
        arrived.extend(by_id(
            client.every_page::<Value>(|page| format!("{}&post={ids}", full_comments(page)))?,
        ));
    }
    counts.comments_fetched =
        arrived.iter().filter(|(id, c)| state.comments.get(id) != Some(c)).count();
    state.comments.extend(arrived);
    // Comments of posts that went stay out of every page anyway; they go from the state too.
    state
        .comments
        .retain(|_, c| c.get("post").and_then(Value::as_u64).is_none_or(|p| now.contains_key(&p)));
    counts.requests = client.requests();
    Ok((state, counts))
}

/// Answers by their `id`, each without its `_links` (addresses of related resources, a
/// third of a post's answer, which nothing published uses).
fn by_id(answers: Vec<Value>) -> BTreeMap<u64, Value> {
    answers
        .into_iter()
        .filter_map(|mut answer| {
            strip_links(&mut answer);
            Some((answer.get("id")?.as_u64()?, answer))
        })
        .collect()
}

fn strip_links(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("_links");
            map.values_mut().for_each(strip_links);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_links),
        _ => {}
    }
}

fn text(value: &Value, field: &str) -> String {
    value.get(field).and_then(Value::as_str).unwrap_or_default().to_owned()
}

/// A comment's date, in Unix seconds.
fn date(comment: &Value) -> Option<i64> {
    Timestamp::parse(comment.get("date_gmt")?.as_str()?).ok().map(Timestamp::unix_seconds)
}

fn join(ids: &[u64]) -> String {
    ids.iter().map(u64::to_string).collect::<Vec<_>>().join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_dropped_at_every_depth() {
        let answers = vec![serde_json::json!({
            "id": 7, "_links": {"self": []},
            "_embedded": {"author": [{"id": 1, "name": "A", "_links": {"self": []}}]}
        })];
        let kept = by_id(answers);
        assert_eq!(
            kept[&7],
            serde_json::json!({"id": 7, "_embedded": {"author": [{"id": 1, "name": "A"}]}})
        );
    }
}
