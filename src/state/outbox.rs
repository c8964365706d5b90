use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

/// Whether the comment outbox is being sent: one sender at a time in the app, whichever
/// post's form starts it.
#[derive(Clone, Default)]
pub struct OutboxSending(Arc<AtomicBool>);

impl OutboxSending {
    /// Claims the outbox for one sender; false when another is already sending it.
    pub fn start(&self) -> bool {
        !self.0.swap(true, Ordering::AcqRel)
    }

    pub fn finish(&self) {
        self.0.store(false, Ordering::Release);
    }
}

pub fn provide_outbox_sending() {
    provide_context(OutboxSending::default());
}

/// The app's outbox claim; a form shown outside the app (a component test) has its own.
pub fn use_outbox_sending() -> OutboxSending {
    use_context::<OutboxSending>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::OutboxSending;

    #[test]
    fn one_sender_at_a_time_and_clones_share_the_claim() {
        let app = OutboxSending::default();
        let other_form = app.clone();
        assert!(app.start());
        assert!(!other_form.start(), "a second form must wait");
        app.finish();
        assert!(other_form.start(), "free again once the first has finished");
    }
}
