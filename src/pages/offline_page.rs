use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::use_data_source;
use crate::components::{PageHeading, PageMeta, SavedPages};
use crate::model::{format_bytes, SaveProgress};
use crate::platform::offline::{
    clear_saved, storage_used, wait_until_controlled, SaveJob, SaveOutcome,
};
use crate::state::use_base_path;

#[derive(Clone, Debug, PartialEq)]
enum Saving {
    NotStarted,
    Running,
    Finished { failed: usize },
    Cancelled,
    Failed(String),
    Cleared,
}

/// Reading offline: what is saved on this device, saving the whole blog with its progress,
/// the space it takes, and clearing it. The controls need the browser (and its service
/// worker); the pre-rendered page explains what the page is for.
#[component]
pub fn OfflinePage() -> impl IntoView {
    let base = StoredValue::new(use_base_path().path("/"));
    let refresh = RwSignal::new(0u32);
    let supported = RwSignal::new(None::<bool>);
    let used = RwSignal::new(None::<u64>);
    let progress = RwSignal::new(None::<SaveProgress>);
    let saving = RwSignal::new(Saving::NotStarted);
    let job = StoredValue::new_local(None::<Rc<SaveJob>>);
    let source = StoredValue::new(use_data_source());

    Effect::new(move |_| {
        spawn_local(async move { supported.set(Some(wait_until_controlled().await)) });
    });
    Effect::new(move |_| {
        refresh.track();
        spawn_local(async move { used.set(storage_used().await) });
    });

    let save = move |_| {
        let current = Rc::new(SaveJob::default());
        job.set_value(Some(current.clone()));
        saving.set(Saving::Running);
        progress.set(None);
        let base = base.get_value();
        let source = source.get_value();
        spawn_local(async move {
            let list = match source.fetch_offline_list().await {
                Ok(list) => list,
                Err(error) => {
                    saving.set(Saving::Failed(error.reader_message().to_owned()));
                    return;
                }
            };
            progress.set(Some(SaveProgress::start(&list)));
            let step = move |bytes| progress.update(|p| p.iter_mut().for_each(|p| p.saved(bytes)));
            let outcome = current.run(&base, list.items, step).await;
            saving.set(match outcome {
                SaveOutcome::Finished { failed } => Saving::Finished { failed },
                SaveOutcome::Cancelled => Saving::Cancelled,
            });
            refresh.update(|n| *n += 1);
        });
    };
    let cancel = move |_| {
        if let Some(current) = job.get_value() {
            current.cancel();
        }
    };
    let clear = move |_| {
        let base = base.get_value();
        spawn_local(async move {
            clear_saved(&base).await;
            progress.set(None);
            saving.set(Saving::Cleared);
            refresh.update(|n| *n += 1);
        });
    };

    let outcome = move || {
        let done = progress.get().map(|p| p.describe()).unwrap_or_default();
        match saving.get() {
            Saving::NotStarted | Saving::Running => String::new(),
            Saving::Finished { failed: 0 } => "The whole blog is saved on this device.".to_owned(),
            Saving::Finished { failed } => format!(
                "{done}. {failed} could not be downloaded: try saving again when your \
                 connection is better."
            ),
            Saving::Cancelled => format!("Saving was cancelled. {done}; they stay saved."),
            Saving::Failed(reason) => format!("Saving could not start. {reason}"),
            Saving::Cleared => "Saved pages were cleared from this device.".to_owned(),
        }
    };
    let running = move || saving.get() == Saving::Running;
    let controls = move || {
        match supported.get() {
        None => view! {
            <p class="govuk-body">
                "Saving the whole blog needs JavaScript and a browser that can store pages."
            </p>
        }
        .into_any(),
        Some(false) => view! {
            <p class="govuk-body">
                "This browser cannot save pages for offline reading (it may be set to block it). "
                "You can still read everything while you are online."
            </p>
        }
        .into_any(),
        Some(true) => view! {
            <h2 class="govuk-heading-m">"Save the whole blog"</h2>
            <p class="govuk-body">
                "Download every post, page and comment now, so you can read all of it without a connection."
            </p>
            {move || (!running()).then(|| view! {
                <button type="button" class="govuk-button" on:click=save>
                    "Save the whole blog for offline"
                </button>
            })}
            {move || progress.get().map(|p| view! {
                <div class="app-save-progress">
                    <progress
                        class="app-save-progress__bar"
                        max="1000"
                        value=p.per_mille()
                        aria-label="Saving the whole blog"
                    ></progress>
                    <p class="govuk-body app-save-progress__text">{p.describe()}</p>
                </div>
            })}
            {move || running().then(|| view! {
                <button type="button" class="govuk-button govuk-button--secondary" on:click=cancel>
                    "Cancel saving"
                </button>
            })}
            <div role="status" aria-live="polite">
                {move || {
                    let text = outcome();
                    (!text.is_empty()).then(|| view! { <p class="govuk-body app-save-outcome">{text}</p> })
                }}
            </div>
            <h2 class="govuk-heading-m">"Space used"</h2>
            <p class="govuk-body app-space-used">
                {move || match used.get() {
                    Some(bytes) => format!("This blog uses {} of storage on this device.", format_bytes(bytes)),
                    None => "This browser does not say how much storage this blog uses.".to_owned(),
                }}
            </p>
            <button type="button" class="govuk-button govuk-button--warning" on:click=clear>
                "Clear saved pages"
            </button>
        }
        .into_any(),
    }
    };

    view! {
        <PageMeta
            title="Reading offline"
            description="Read this blog without a connection: what is saved on this device, and how to save all of it."
        />
        // What is saved is known only to the app: it starts here even for a reader saving data.
        <leptos_meta::Meta name="app-load" content="eager" />
        <PageHeading text="Reading offline" />
        <p class="govuk-body">
            "Every page you open on this blog is kept on this device, so you can read it again "
            "without a connection: on a train, in a clinic, or wherever the signal drops."
        </p>
        {controls}
        <h2 class="govuk-heading-m">"Saved pages"</h2>
        <SavedPages refresh />
    }
}
