use leptos::html::Ol;
use leptos::prelude::*;

use crate::model::Comment;
use crate::text::{count_noun, thread_batches, thread_comments, thread_html};

/// Replies nest this deep; deeper replies sit beside their ancestor's and say whom they answer.
pub const MAX_THREAD_DEPTH: usize = 3;

/// In the browser a long thread's first comments go in with the page: enough to fill the
/// screen, few enough to keep its first frame quick. (The stylesheet lays out the comments
/// after these only when they come into view.)
pub const FIRST_COMMENTS: usize = 10;

/// The rest follow this many at a time: few enough that adding them never holds the page up
/// for long.
pub const COMMENTS_PER_BATCH: usize = 50;

/// A post's comments: "N comments", threads of replies, and each comment's own link.
///
/// The thread goes in as HTML ([`thread_html`] escapes everything the commenters wrote): a
/// thousand comments built element by element took over half a second on a throttled phone,
/// nearly all of it in calls from wasm into the DOM. A pre-rendered page has every comment;
/// in the browser a long thread arrives a batch at a time.
#[component]
pub fn CommentThread(
    comments: Vec<Comment>,
    /// Every comment at once, as when the address names one, which must be there to scroll to.
    #[prop(optional)]
    all_at_once: bool,
) -> impl IntoView {
    let heading = count_noun(comments.len(), "comment", "comments");
    let threads = thread_comments(comments, MAX_THREAD_DEPTH);
    let batches = match cfg!(target_arch = "wasm32") && !all_at_once {
        true => thread_batches(&threads, FIRST_COMMENTS, COMMENTS_PER_BATCH),
        false => thread_batches(&threads, usize::MAX, usize::MAX),
    };
    let first = batches.first().map(|range| thread_html(&threads[range.clone()]));
    let list = NodeRef::<Ol>::new();
    list.on_load(move |list| {
        // Hydrating a pre-rendered page finds every comment there already.
        let shown = list.child_element_count() as usize;
        let mut rest = batches.into_iter().filter(move |range| range.start >= shown);
        crate::platform::append_html_in_turn(list.into(), move || {
            rest.next().map(|range| thread_html(&threads[range]))
        });
    });
    view! {
        <h2 class="govuk-heading-l" id="comments-heading">{heading}</h2>
        {first.map(|html| view! { <ol class="app-comments__list" node_ref=list inner_html=html></ol> })}
    }
}
