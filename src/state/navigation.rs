use leptos::prelude::*;

/// Route-change bookkeeping: whether the first page has shown its heading (after which every
/// new heading means the reader moved, and gets focus), and the text of the polite live
/// region that tells screen-reader users a new page has loaded; and whether the app has
/// rehearsed a page yet.
#[derive(Clone, Copy)]
pub struct Navigation {
    pub first_heading_shown: StoredValue<bool>,
    pub announcement: RwSignal<String>,
    /// Whether a page has been rehearsed off the screen this session (see `warm_up`).
    pub rehearsed: StoredValue<bool>,
}

pub fn provide_navigation() -> Navigation {
    let navigation = Navigation {
        first_heading_shown: StoredValue::new(false),
        announcement: RwSignal::new(String::new()),
        rehearsed: StoredValue::new(false),
    };
    provide_context(navigation);
    navigation
}

pub fn use_navigation() -> Option<Navigation> {
    use_context::<Navigation>()
}
