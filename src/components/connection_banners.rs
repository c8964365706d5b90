use leptos::prelude::*;

use crate::model::describe_saved_at;
use crate::routes::Route;
use crate::state::{use_base_path, use_offline_status};

/// Above every page: "You're offline" (or, online, "The blog cannot be reached") with when the
/// copy in view was saved, and "A new version
/// is available" with a reload. Neither shows when the page is rendered on the host.
#[component]
pub fn ConnectionBanners() -> impl IntoView {
    let status = use_offline_status();
    let offline_href = use_base_path().href(&Route::Offline);
    let offline = move || {
        let status = status.filter(|s| !s.online.get() || s.unreachable.get())?;
        let saved = move || match status.saved_at.get().as_deref().and_then(describe_saved_at) {
            Some(when) => format!("This copy of the page was saved on {when}. "),
            None => "You can read the pages saved on this device. ".to_owned(),
        };
        let headline = move || match status.online.get() {
            true => "The blog cannot be reached just now. ",
            false => "You're offline. ",
        };
        Some(view! {
            <div class="govuk-inset-text app-offline-banner">
                <strong>{headline}</strong>
                {saved}
                <a class="govuk-link" href=offline_href.clone()>"See what is saved"</a>
            </div>
        })
    };
    let update = move || {
        status.filter(|s| s.update_ready.get()).map(|_| {
            view! {
                <div class="govuk-notification-banner app-update-banner" role="region" aria-labelledby="app-update-title">
                    <div class="govuk-notification-banner__header">
                        <h2 class="govuk-notification-banner__title" id="app-update-title">"Update"</h2>
                    </div>
                    <div class="govuk-notification-banner__content">
                        <p class="govuk-notification-banner__heading">"A new version of this blog is available."</p>
                        <button
                            type="button"
                            class="govuk-button"
                            on:click=|_| crate::platform::offline::apply_update()
                        >
                            "Reload to update"
                        </button>
                    </div>
                </div>
            }
        })
    };
    // A polite live region that is always there, so screen readers hear the change.
    view! {
        <div class="app-connection" role="status" aria-live="polite">
            {offline}
        </div>
        {update}
    }
}
