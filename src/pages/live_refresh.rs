//! A page of a site published from WordPress, refreshed once it is shown: the page's resource
//! keeps the data it was drawn from (the pre-rendered page's, or the site's files'), and only
//! when WordPress's answer would look different to a reader is that answer put in a signal
//! beside it, which the view inside the resource's `Suspend` reads. Putting it into the
//! resource itself would rebuild the `Suspend`, and `Suspense` shows its fallback while any
//! `Suspend` is rebuilding, even one whose data is ready (tachys spawns every rebuild); so
//! the loading fallback never shows, and a page hydrated from unchanged data is never drawn
//! again.

use std::future::Future;

use leptos::prelude::*;

use crate::api::{use_data_source, DataSource, LoadError, Refreshed};
use crate::platform::mark_refreshed;
use crate::state::{use_current_route, use_navigation};
use crate::warm_up::is_rehearsal;

/// What a refreshed resource draws again.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Draws {
    /// The whole page, with its heading (a list, a post).
    Page,
    /// A part of it (the comments).
    Part,
}

/// WordPress's version of a page's data, once a refresh has found it fresher: the view shows
/// it in place of the resource's (see [`Fresher::or`]).
pub type Fresher<T> = RwSignal<Option<T>>;

/// Once `resource` holds data, asks `refresh` (with the data source and that data) for
/// WordPress's version, once per page, and puts it in the returned signal if it is fresher.
/// Nothing happens on a site that is not live, in a rehearsal (never seen), or on the host
/// (effects run only in the browser, after hydration). `what` names the refresh on the page
/// (`data-live-{what}`).
pub fn refresh_when_shown<T, F, Fut>(
    what: &'static str,
    draws: Draws,
    resource: Resource<Result<T, LoadError>>,
    refresh: F,
) -> Fresher<T>
where
    T: Clone + Send + Sync + 'static,
    F: Fn(DataSource, T) -> Fut + 'static,
    Fut: Future<Output = Refreshed<T>> + 'static,
{
    let fresher = RwSignal::new(None);
    let source = use_data_source();
    if !source.is_live() || is_rehearsal() {
        return fresher;
    }
    let asked = StoredValue::new(false);
    let (navigation, here) = (use_navigation(), use_current_route());
    Effect::new(move |_| {
        // Tracked, so that data arriving later (a page the app fetched) starts it too.
        let Some(Ok(shown)) = resource.get() else { return };
        if asked.get_value() {
            return;
        }
        asked.set_value(true);
        let refreshed = refresh(source.clone(), shown);
        leptos::task::spawn_local(async move {
            let refreshed = refreshed.await;
            mark_refreshed(what, refreshed.outcome());
            if let Refreshed::Fresher(newer) = refreshed {
                // The reader may have left the page: then there is nothing to update.
                let redrawing = fresher.try_set(Some(newer)).is_none();
                // Read by the page's heading as it is drawn again, after this task.
                if let (true, Draws::Page, Some(navigation)) = (redrawing, draws, navigation) {
                    let here = here.and_then(|route| route.try_get_untracked());
                    navigation.redrawn.set_value(here);
                }
            }
        });
    });
    fresher
}

/// What a page shows: WordPress's fresher version once there is one, else what it loaded.
/// Read inside a closure of its own in the view, so that only that part is drawn again.
pub fn shown<T: Clone + Send + Sync + 'static>(fresher: Fresher<T>, loaded: &T) -> T {
    fresher.get().unwrap_or_else(|| loaded.clone())
}
