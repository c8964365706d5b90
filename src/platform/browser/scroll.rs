//! Scroll restoration on back and forward.
//!
//! A single-page app's content arrives after the browser would restore the scroll position,
//! so the browser's own restoration lands too high. The app records each address's position
//! as the reader scrolls, and puts it back once the page it returns to has rendered.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use leptos::ev::{self, EventDescriptor};
use leptos::prelude::{request_animation_frame, window_event_listener};

thread_local! {
    static POSITIONS: RefCell<HashMap<String, f64>> = RefCell::new(HashMap::new());
    static PENDING: Cell<Option<f64>> = const { Cell::new(None) };
    /// Bumped when the reader scrolls by hand, which ends any restoring under way.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

/// How long to keep trying to reach a restored position while content is still arriving.
const RESTORE_FRAMES: u32 = 180;

fn address() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.pathname().ok()?, l.search().ok()?))
        })
        .unwrap_or_default()
}

fn scroll_y() -> f64 {
    web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0)
}

/// Takes scroll restoration over from the browser. Call once, at start.
pub fn start() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    let scrolled = window_event_listener(ev::scroll, |_| {
        POSITIONS.with(|p| p.borrow_mut().insert(address(), scroll_y()));
    });
    // By the time popstate fires, the address is the one being returned to.
    let popped = window_event_listener(ev::popstate, |_| {
        let saved = POSITIONS.with(|p| p.borrow().get(&address()).copied());
        PENDING.set(Some(saved.unwrap_or(0.0)));
    });
    let interrupted = [ev::wheel.name(), ev::touchstart.name(), ev::keydown.name()].map(|name| {
        leptos::prelude::window_event_listener_untyped(&name, |_| {
            GENERATION.set(GENERATION.get() + 1)
        })
    });
    // The listeners live as long as the page.
    std::mem::forget((scrolled, popped, interrupted));
}

/// Called when a page has rendered its heading: after back or forward, scrolls to where the
/// reader was, trying each frame while the rest of the page arrives.
pub fn page_shown() {
    if let Some(target) = PENDING.take() {
        restore(target, RESTORE_FRAMES, GENERATION.get());
    }
}

fn restore(target: f64, frames_left: u32, generation: u32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if GENERATION.get() != generation {
        return;
    }
    window.scroll_to_with_x_and_y(0.0, target);
    if (scroll_y() - target).abs() < 1.0 || frames_left == 0 {
        return;
    }
    let _ = request_animation_frame(move || restore(target, frames_left - 1, generation));
}
