use leptos::prelude::*;

/// Offline reading as the page shows it. Every value starts as the host renders it (online,
/// no new version waiting), so a pre-rendered page hydrates unchanged; the browser's real
/// state arrives from effects (see `App`).
#[derive(Clone, Copy)]
pub struct OfflineStatus {
    pub online: RwSignal<bool>,
    /// A new version of the app is installed and waits for the reader to reload.
    pub update_ready: RwSignal<bool>,
    /// While offline, when the copy of the page in view was saved, if it is known.
    pub saved_at: RwSignal<Option<String>>,
    /// The browser is online but the blog did not answer: the page the browser loaded is the
    /// service worker's saved copy. Cleared when the reader moves to another page.
    pub unreachable: RwSignal<bool>,
}

pub fn provide_offline_status() -> OfflineStatus {
    let status = OfflineStatus {
        online: RwSignal::new(true),
        update_ready: RwSignal::new(false),
        saved_at: RwSignal::new(None),
        unreachable: RwSignal::new(false),
    };
    provide_context(status);
    status
}

pub fn use_offline_status() -> Option<OfflineStatus> {
    use_context::<OfflineStatus>()
}
