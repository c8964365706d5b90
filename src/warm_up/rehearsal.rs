//! Rehearsing a page in the app, off the screen, once a session.

use std::cell::Cell;

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};

use crate::api::use_data_source;
use crate::model::{BodyFormat, PostFile};
use crate::state::use_navigation;

/// Marks a view built off the page, ahead of the reader: it must change nothing outside
/// itself — no title or head tags, no focus, no announcements, no requests.
#[derive(Clone, Copy)]
struct Rehearsal;

/// Whether the view being built is a rehearsal, not a page the reader sees.
pub fn is_rehearsal() -> bool {
    use_context::<Rehearsal>().is_some()
}

/// Called by the post page the reader is on. A reader's likeliest next step is a neighbouring
/// post: fetch each of `neighbours` (slugs) while they read, once this page is on screen
/// (starting the requests costs the first frame tens of ms on a slow phone); and, on the page
/// the reader arrived on, once a session, rehearse the first that arrives with `page` when the
/// browser is idle.
///
/// Why: the browser compiles each wasm function the first time it runs, and a page built in
/// the app runs code that hydrating the first page did not (building, mounting and
/// unmounting views, a resource and its suspense); without this the reader's first move to
/// another post paid for that compiling (at 4x CPU, 164 ms to its body before, 115 ms
/// after). The rehearsal changes nothing outside itself (see [`is_rehearsal`]); its data is
/// the post just fetched, from memory. A Markdown body's images may start loading, as for
/// any element given HTML. WordPress bodies are not rehearsed: their sanitising reports what
/// it drops (CSP) even off the page.
pub fn rehearse_neighbours(neighbours: Vec<String>, page: fn(PostFile) -> AnyView) {
    if is_rehearsal() {
        return;
    }
    let source = use_data_source();
    // Only the page the reader arrived on rehearses: after one move in the app the code is
    // compiled anyway, and a rehearsal then could fall on a long thread's arrival.
    let navigation = use_navigation();
    let arrived_here = !navigation.is_some_and(|n| n.first_heading_shown.get_value());
    let owner = Owner::current().filter(|_| arrived_here);
    let alive = StoredValue::new(());
    Effect::new(move |_| {
        let (neighbours, owner, source) = (neighbours.clone(), owner.clone(), source.clone());
        crate::platform::after_next_paint(move || {
            for slug in neighbours {
                let (owner, source) = (owner.clone(), source.clone());
                leptos::task::spawn_local(async move {
                    let Some(file) = source.prefetch_post(slug).await else {
                        return;
                    };
                    let published = file.post.body_format == BodyFormat::Rendered;
                    if let (true, Some(owner), Some(navigation)) = (published, owner, navigation) {
                        // Once a session, whichever neighbour arrives first.
                        let first = navigation
                            .rehearsed
                            .try_update_value(|done| !std::mem::replace(done, true));
                        if first == Some(true) {
                            rehearse(owner, alive, file, page);
                        }
                    }
                });
            }
        });
    });
}

fn rehearse(owner: Owner, alive: StoredValue<()>, file: PostFile, page: fn(PostFile) -> AnyView) {
    let job = Cell::new(Some(file));
    let _ = request_idle_callback(move || {
        // The page that asked may be gone, and its context with it.
        let (Some(file), Some(())) = (job.take(), alive.try_get_value()) else {
            return;
        };
        let Some(parent) = crate::platform::detached_element() else {
            return;
        };
        let slug = file.post.slug.clone();
        let stage = owner.with(Owner::new);
        let mut state = stage.with(|| {
            provide_context(Rehearsal);
            let mut state = page(file).build();
            state.mount(&parent, None);
            state
        });
        // Its data comes from memory in a task or two; then down it comes. If the reader has
        // left meanwhile, the page's cleanup has already disposed of the rehearsal's reactive
        // values, which unmounting would read: its detached nodes are left to be forgotten.
        let _ = set_timeout(
            move || {
                if alive.try_get_value().is_none() {
                    std::mem::forget(state);
                    return;
                }
                stage.with(|| state.unmount());
                drop(state);
                stage.cleanup();
                crate::platform::mark_rehearsed(&slug);
            },
            std::time::Duration::from_millis(500),
        );
    });
}
