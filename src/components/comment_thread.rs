use leptos::html::Ol;
use leptos::prelude::*;

use crate::model::Comment;
use crate::text::{
    count_noun, run_laid_out, thread_batches, thread_comments, thread_html, thread_html_in_runs,
};

/// Replies nest this deep; deeper replies sit beside their ancestor's and say whom they answer.
pub const MAX_THREAD_DEPTH: usize = 3;

/// In the browser a long thread's first comments go in with the page: enough to fill the
/// screen, few enough to keep its first frame quick. (The comments after these are laid out
/// only when they come near the screen: see [`crate::text::LaidOut`].)
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
    // The same runs everywhere, so a pre-rendered page marks the same comments "later" as the
    // browser would; only the browser adds them a run at a time.
    let runs = thread_batches(&threads, FIRST_COMMENTS, COMMENTS_PER_BATCH);
    let first = match cfg!(target_arch = "wasm32") && !all_at_once {
        true => runs.first().map(|run| thread_html(&threads[run.clone()], run_laid_out(0))),
        false => (!runs.is_empty()).then(|| thread_html_in_runs(&threads, &runs)),
    };
    let list = NodeRef::<Ol>::new();
    list.on_load(move |list| {
        // Hydrating a pre-rendered page finds every comment there already.
        let shown = list.child_element_count() as usize;
        let mut rest = runs.into_iter().enumerate().filter(move |(_, run)| run.start >= shown);
        crate::platform::append_html_in_turn(list.into(), move || {
            rest.next().map(|(index, run)| thread_html(&threads[run], run_laid_out(index)))
        });
    });
    view! {
        <h2 class="govuk-heading-l" id="comments-heading">{heading}</h2>
        {first.map(|html| {
            view! { <ol class="app-comments__list" node_ref=list inner_html=html.into_string()></ol> }
        })}
    }
}
