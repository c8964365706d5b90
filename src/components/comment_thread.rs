use leptos::prelude::*;

use super::CommentText;
use crate::model::Comment;
use crate::text::{count_noun, thread_comments, CommentNode};

/// Replies nest this deep; deeper replies sit beside their ancestor's and say whom they answer.
pub const MAX_THREAD_DEPTH: usize = 3;

/// A post's comments: "N comments", threads of replies, and each comment's own link.
#[component]
pub fn CommentThread(comments: Vec<Comment>) -> impl IntoView {
    let heading = count_noun(comments.len(), "comment", "comments");
    let threads = thread_comments(comments, MAX_THREAD_DEPTH);
    view! {
        <h2 class="govuk-heading-l" id="comments-heading">{heading}</h2>
        <CommentLevel nodes=threads />
    }
}

#[component]
fn CommentLevel(nodes: Vec<CommentNode>) -> impl IntoView {
    (!nodes.is_empty()).then(|| {
        view! {
            <ol class="app-comments__list">
                {nodes.into_iter().map(|node| view! { <CommentItem node /> }).collect_view()}
            </ol>
        }
    })
}

#[component]
fn CommentItem(node: CommentNode) -> impl IntoView {
    let comment = node.comment;
    let anchor = format!("comment-{}", comment.id);
    let href = format!("#{anchor}");
    // Depth is bounded by MAX_THREAD_DEPTH, so this recursion is too.
    let replies = view! { <CommentLevel nodes=node.replies /> }.into_any();
    view! {
        <li class="app-comment" id=anchor>
            <p class="app-comment__meta">
                "Comment by "<b class="app-comment__author">{comment.author}</b>" posted on "
                <time datetime=comment.date.to_rfc3339()>{comment.date.human_date()}</time>
                {node.in_reply_to.map(|name| view! {
                    <span class="app-comment__reply-to">{format!(" in reply to {name}")}</span>
                })}
            </p>
            <div class="app-comment__body">
                <CommentText text=comment.body />
            </div>
            <p class="govuk-body-s app-comment__link">
                <a class="govuk-link" href=href target="_self">"Link to this comment"</a>
            </p>
            {replies}
        </li>
    }
}
