use std::sync::{Arc, Mutex};

use leptos::prelude::*;

use crate::state::use_navigation;
use crate::warm_up::is_rehearsal;

/// The part of a page below its opening screen. On a page the reader moved to in the app it
/// is rendered once the top of the page has been drawn, so the heading and the first
/// paragraphs appear a frame sooner (on a slow phone, building and laying out the comments,
/// share links and related posts cost tens of milliseconds). The first page renders it at
/// once: its HTML, pre-rendered or rendered on the host, already has it. A rehearsal (a page
/// built off screen) never renders it: the comments in it would be fetched.
#[component]
pub fn BelowTheFold(children: Children) -> impl IntoView {
    let rehearsal = is_rehearsal();
    let moved_here = use_navigation().is_some_and(|n| n.first_heading_shown.get_value());
    let ready = RwSignal::new(!moved_here && !rehearsal);
    if moved_here && !rehearsal {
        // The reader may have left again by then; the signal is gone with the page.
        crate::platform::after_next_paint(move || {
            let _ = ready.try_set(true);
        });
    }
    // `Children` can run once. The view below depends on `ready` alone (what the children
    // read as they are built is untracked), so it asks for them once, when `ready` is true.
    let children = Arc::new(Mutex::new(Some(children)));
    move || {
        if !ready.get() {
            return None;
        }
        let children = children.lock().ok()?.take()?;
        Some(untrack(children))
    }
}
