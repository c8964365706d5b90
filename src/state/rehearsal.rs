use leptos::prelude::*;

/// Marks a view built off the page, ahead of the reader (see `pages::post_page`): it must
/// change nothing outside itself — no title or head tags, no focus, no announcements, no
/// requests.
#[derive(Clone, Copy)]
struct Rehearsal;

pub fn provide_rehearsal() {
    provide_context(Rehearsal);
}

/// Whether the view being built is a rehearsal, not a page the reader sees.
pub fn is_rehearsal() -> bool {
    use_context::<Rehearsal>().is_some()
}
