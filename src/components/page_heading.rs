use leptos::html;
use leptos::prelude::*;

use crate::platform::{focus_without_scrolling, scroll};
use crate::state::{use_current_route, use_navigation};
use crate::warm_up::is_rehearsal;

/// A page's one H1. When it appears after the reader moved to a new page (not on the first
/// page load), it takes focus, tells screen readers the page has loaded, and lets scroll
/// restoration put a page reached by back or forward where the reader left it.
#[component]
pub fn PageHeading(
    #[prop(into)] text: String,
    /// GOV.UK heading size class.
    #[prop(optional, into)]
    class: Option<String>,
) -> impl IntoView {
    let heading = NodeRef::<html::H1>::new();
    // A rehearsal's heading is never seen: it neither takes focus nor is announced.
    let navigation = use_navigation().filter(|_| !is_rehearsal());
    let announcement = format!("{text} page loaded");
    let here = use_current_route();
    Effect::new(move |_| {
        let (Some(element), Some(navigation)) = (heading.get(), navigation) else {
            return;
        };
        let here = here.map(|route| route.get_untracked());
        if navigation.is_redraw(here.as_ref()) {
            // The same page drawn again with newer data: the reader has not moved.
            navigation.redrawn.set_value(None);
        } else if navigation.first_heading_shown.get_value() {
            let announcement = announcement.clone();
            // Effects can run before a suspended view is attached; focus needs it attached.
            let _ = request_animation_frame(move || {
                if element.is_connected() {
                    focus_without_scrolling(&element);
                }
                navigation.announcement.set(announcement);
                scroll::page_shown();
            });
        } else {
            navigation.first_heading_shown.set_value(true);
        }
    });
    view! {
        <h1
            class=class.unwrap_or_else(|| "govuk-heading-xl".to_owned())
            id="page-heading"
            tabindex="-1"
            node_ref=heading
        >
            {text}
        </h1>
    }
}
