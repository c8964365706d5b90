use std::collections::HashMap;

use crate::model::Comment;

/// A comment and the replies to it, oldest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentNode {
    pub comment: Comment,
    /// Set when the comment replies to one deeper than threads go, which it then sits beside:
    /// the name of the commenter it answers.
    pub in_reply_to: Option<String>,
    pub replies: Vec<CommentNode>,
}

/// Arranges comments into threads by their `parent`, at most `max_depth` levels deep (as
/// WordPress does): a reply below that joins its ancestor's replies and says whom it answers.
/// A reply to a comment that is not in the list, or a loop of replies, is shown as a comment of
/// its own, so nothing is lost.
pub fn thread_comments(comments: Vec<Comment>, max_depth: usize) -> Vec<CommentNode> {
    let max_depth = max_depth.max(1);
    let by_id: HashMap<u64, &Comment> = comments.iter().map(|c| (c.id, c)).collect();
    let depths = depths(&comments, &by_id);
    // Where each comment is shown: under which comment (None: on the post), and whether it
    // answers a comment other than the one it is shown under. Worked out by index first, so
    // that the comments themselves are moved into the tree rather than copied.
    let mut host: HashMap<u64, Option<u64>> = HashMap::new();
    let mut placements: Vec<(Option<u64>, Option<String>)> = vec![(None, None); comments.len()];
    let mut order: Vec<usize> = (0..comments.len()).filter(|&i| depths[i].is_some()).collect();
    // Shallowest first, so a comment's parent already has its place.
    order.sort_by_key(|&i| depths[i]);
    for index in order {
        let comment = &comments[index];
        let depth = depths[index].unwrap_or(0);
        placements[index] = match comment.parent {
            None => (None, None),
            Some(parent) if depth < max_depth => (Some(parent), None),
            Some(parent) => {
                // Shown on the deepest level, beside its parent: under its parent's host.
                let shown_under = if depth == max_depth {
                    by_id[&parent].parent.filter(|_| max_depth >= 2)
                } else {
                    host[&parent]
                };
                host.insert(comment.id, shown_under);
                (shown_under, Some(by_id[&parent].author.clone()))
            }
        };
    }
    drop(by_id);
    let mut placed: Vec<(Option<u64>, Option<String>, Comment)> = placements
        .into_iter()
        .zip(comments)
        .map(|((parent, reply_to), comment)| (parent, reply_to, comment))
        .collect();
    placed.sort_by_key(|(_, _, c)| (c.date, c.id));
    let mut children: HashMap<Option<u64>, Vec<(Option<String>, Comment)>> = HashMap::new();
    for (parent, reply_to, comment) in placed {
        children.entry(parent).or_default().push((reply_to, comment));
    }
    build(None, &mut children)
}

/// Each comment's depth by its index (0 for a comment on the post), or `None` when its chain
/// of parents loops or reaches a comment that is not there.
fn depths(comments: &[Comment], by_id: &HashMap<u64, &Comment>) -> Vec<Option<usize>> {
    let mut known: HashMap<u64, Option<usize>> = HashMap::with_capacity(comments.len());
    let mut path: Vec<u64> = Vec::new();
    let mut on_path = std::collections::HashSet::new();
    for comment in comments {
        path.clear();
        on_path.clear();
        let mut current = comment;
        let base = loop {
            if let Some(depth) = known.get(&current.id) {
                break depth.map(|d| d + 1);
            }
            if !on_path.insert(current.id) {
                break None;
            }
            path.push(current.id);
            match current.parent {
                None => break Some(0),
                Some(parent) => match by_id.get(&parent) {
                    Some(next) => current = next,
                    None => break None,
                },
            }
        };
        // `base` is the depth of the last comment on the path; walk back down from it.
        let mut depth = base;
        for &id in path.iter().rev() {
            known.insert(id, depth);
            depth = depth.map(|d| d + 1);
        }
    }
    comments.iter().map(|c| known[&c.id]).collect()
}

// Recursion is bounded by `max_depth`, since deeper replies were moved up.
fn build(
    parent: Option<u64>,
    children: &mut HashMap<Option<u64>, Vec<(Option<String>, Comment)>>,
) -> Vec<CommentNode> {
    let Some(kids) = children.remove(&parent) else {
        return Vec::new();
    };
    kids.into_iter()
        .map(|(in_reply_to, comment)| {
            let replies = build(Some(comment.id), children);
            CommentNode { comment, in_reply_to, replies }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Timestamp;

    fn comment(id: u64, parent: Option<u64>) -> Comment {
        Comment {
            id,
            parent,
            author: format!("author {id}"),
            date: Timestamp::from_unix_seconds(id as i64 * 60),
            body: String::new(),
        }
    }

    fn shape(nodes: &[CommentNode]) -> String {
        nodes
            .iter()
            .map(|n| {
                let id = match &n.in_reply_to {
                    Some(name) => {
                        format!("{}>{}", n.comment.id, name.trim_start_matches("author "))
                    }
                    None => n.comment.id.to_string(),
                };
                if n.replies.is_empty() {
                    id
                } else {
                    format!("{id}({})", shape(&n.replies))
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn nests_replies_under_their_parents_oldest_first() {
        let comments = vec![
            comment(5, Some(1)),
            comment(1, None),
            comment(2, Some(1)),
            comment(3, None),
            comment(4, Some(2)),
        ];
        assert_eq!(shape(&thread_comments(comments, 5)), "1(2(4) 5) 3");
    }

    #[test]
    fn replies_deeper_than_the_limit_join_their_ancestor_and_say_whom_they_answer() {
        let comments =
            vec![comment(1, None), comment(2, Some(1)), comment(3, Some(2)), comment(4, Some(3))];
        assert_eq!(shape(&thread_comments(comments.clone(), 2)), "1(2 3>2 4>3)");
        assert_eq!(shape(&thread_comments(comments, 1)), "1 2>1 3>2 4>3");
    }

    #[test]
    fn orphans_and_loops_are_kept_as_top_level_comments() {
        let comments = vec![
            comment(1, Some(99)),
            comment(2, Some(3)),
            comment(3, Some(2)),
            comment(4, Some(4)),
        ];
        assert_eq!(shape(&thread_comments(comments, 5)), "1 2 3 4");
    }

    #[test]
    fn a_very_long_chain_of_replies_stays_shallow() {
        let comments: Vec<Comment> =
            (1..=5_000).map(|id| comment(id, (id > 1).then(|| id - 1))).collect();
        let threads = thread_comments(comments, 3);
        assert_eq!(threads.len(), 1);
        assert_eq!(threads[0].replies.len(), 1);
        assert_eq!(threads[0].replies[0].replies.len(), 4_998);
    }
}
