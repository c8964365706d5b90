//! What offline reading answers with, the same in both halves of `platform`.

/// A page saved on this device, as the service worker keeps it.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedPage {
    pub url: String,
    pub title: String,
    pub saved_at: Option<String>,
}

/// How a "save everything" run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Every item was saved except `failed` of them.
    Finished {
        failed: usize,
    },
    Cancelled,
}
