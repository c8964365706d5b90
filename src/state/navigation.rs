use leptos::prelude::*;

use crate::routes::Route;

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
    /// The page a live refresh is drawing again with WordPress's newer data (see
    /// `pages::live_refresh`): the heading it draws is not a new page, so it neither takes
    /// focus nor is announced.
    pub redrawn: StoredValue<Option<Route>>,
}

impl Navigation {
    /// Whether the page at `here` is being drawn again by a live refresh.
    pub fn is_redraw(&self, here: Option<&Route>) -> bool {
        here.is_some() && self.redrawn.with_value(|redrawn| redrawn.as_ref() == here)
    }
}

pub fn provide_navigation() -> Navigation {
    let navigation = Navigation {
        first_heading_shown: StoredValue::new(false),
        announcement: RwSignal::new(String::new()),
        rehearsed: StoredValue::new(false),
        redrawn: StoredValue::new(None),
    };
    provide_context(navigation);
    navigation
}

pub fn use_navigation() -> Option<Navigation> {
    use_context::<Navigation>()
}
