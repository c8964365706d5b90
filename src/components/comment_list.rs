use leptos::prelude::*;

use crate::model::Comment;
use crate::text::{count_noun, paragraphs};

/// A post's comments under an "N comments" heading. Bodies are plain text, so nothing a
/// commenter writes can become markup.
#[component]
pub fn CommentList(comments: Vec<Comment>) -> impl IntoView {
    let heading = count_noun(comments.len(), "comment", "comments");
    view! {
        <section class="app-comments" aria-labelledby="comments-heading">
            <h2 class="govuk-heading-l" id="comments-heading">{heading}</h2>
            <ol class="app-comments__list">
                {comments.into_iter().map(|comment| view! { <CommentItem comment /> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn CommentItem(comment: Comment) -> impl IntoView {
    let anchor = format!("comment-{}", comment.id);
    let href = format!("#{anchor}");
    view! {
        <li class="app-comment" id=anchor>
            <p class="app-comment__meta">
                "Comment by "<b class="app-comment__author">{comment.author}</b>" posted on "
                <time datetime=comment.date.to_rfc3339()>{comment.date.human_date()}</time>
            </p>
            <div class="app-comment__body">
                {paragraphs(&comment.body)
                    .into_iter()
                    .map(|p| view! { <p class="govuk-body">{p}</p> })
                    .collect_view()}
            </div>
            <p class="govuk-body-s"><a class="govuk-link" href=href>"Link to this comment"</a></p>
        </li>
    }
}
