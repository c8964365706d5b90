use std::time::Duration;

use leptos::prelude::*;

/// How long data may take before "Loading" is shown: shorter waits show nothing, so fast
/// pages do not flash.
const DELAY: Duration = Duration::from_millis(400);

/// Shown while a page's data is on its way, after a moment; a status region, so screen
/// readers announce it politely without moving focus.
#[component]
pub fn Loading() -> impl IntoView {
    let visible = RwSignal::new(false);
    Effect::new(move |_| {
        if let Ok(handle) = set_timeout(move || visible.set(true), DELAY) {
            on_cleanup(move || handle.clear());
        }
    });
    view! {
        <div class="app-loading" role="status" aria-live="polite">
            <Show when=move || visible.get()>
                <p class="govuk-body app-loading__text">"Loading…"</p>
            </Show>
        </div>
    }
}
