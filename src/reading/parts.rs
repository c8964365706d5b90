//! The interactive parts of a reading page, hydrated where they stand. Each is found by the
//! `<app-part data-part="…">` the app renders around it (or, for the connection banners, as
//! the first thing in `<main>`), and each gets what it needs from the page, not from the
//! app's data. They are hydrated again for each page the reader moves to, in the markup that
//! page came with.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use leptos::mount::hydrate_from;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::api::{provide_data_source, DataSource};
use crate::components::{
    section_links, CommentForm, ConnectionBanners, Section, SectionsMenu, ShareLinks,
    MAIN_CONTENT_ID,
};
use crate::routes::Route;
use crate::state::{
    provide_base_path, provide_offline_status, BasePath, OfflineStatus, OutboxSending,
};

/// The parts of the page in view.
#[derive(Clone)]
pub struct Parts {
    base: BasePath,
    status: OfflineStatus,
    /// The comment form's: one for every page, so that one sender at a time empties the
    /// outbox whichever page the reader is on. Only a `wordpress` build has the form.
    source: Option<DataSource>,
    sending: OutboxSending,
    /// What keeps the page's parts alive; dropping it tears them down.
    mounted: Rc<RefCell<Vec<Box<dyn Any>>>>,
}

impl Parts {
    /// `status` must outlive every page (an owner kept for the page's life).
    pub fn new(base: BasePath, status: OfflineStatus) -> Self {
        let source = crate::api::READS_WORDPRESS.then(|| DataSource::network(base.as_str()));
        Parts { base, status, source, sending: OutboxSending::default(), mounted: Rc::default() }
    }

    /// Lets go of the page's parts, about to be replaced.
    pub fn release(&self) {
        self.mounted.borrow_mut().clear();
    }

    /// Hydrates the parts of the page now in the document.
    pub fn hydrate(&self) {
        let mut mounted: Vec<Box<dyn Any>> = Vec::new();
        if let Some(menu) = element("app-part[data-part=sections]") {
            let links = section_links(&self.base);
            let current = Section::of(&self.here());
            mounted.push(Box::new(hydrate_from(menu, move || {
                view! { <SectionsMenu links current /> }
            })));
        }
        if let Some(main) = element(&format!("#{MAIN_CONTENT_ID}")) {
            let (base, known) = (self.base.clone(), self.status);
            mounted.push(Box::new(hydrate_from(main, move || {
                provide_base_path(base);
                // The banners hydrate as the page was rendered (online, nothing waiting), then
                // show what is known: hydrating them offline would not match the page.
                let shown = provide_offline_status();
                Effect::new(move |_| {
                    shown.online.set(known.online.get());
                    shown.update_ready.set(known.update_ready.get());
                    shown.saved_at.set(known.saved_at.get());
                    shown.unreachable.set(known.unreachable.get());
                });
                view! { <ConnectionBanners /> }
            })));
        }
        if let Some(share) = element("app-part[data-part=share]") {
            let title = share.get_attribute("data-title").unwrap_or_default();
            let url = share.get_attribute("data-url").unwrap_or_default();
            mounted.push(Box::new(hydrate_from(share, move || {
                view! { <ShareLinks title url /> }
            })));
        }
        // The constant, not only the field, so that the optimiser can leave the form out of a
        // plain build's wasm (where it added 30 KB of brotli).
        if let (true, Some(source)) = (crate::api::READS_WORDPRESS, &self.source) {
            if let Some(form) = element("app-part[data-part=comment-form]") {
                mounted.push(self.comment_form(form, source.clone()));
            }
        }
        *self.mounted.borrow_mut() = mounted;
    }

    /// A post's comment form (only in a `wordpress` build: only a site published from
    /// WordPress has one), sending to the API its part names. The comments it checks its
    /// outbox against are those the page shows.
    fn comment_form(&self, form: HtmlElement, source: DataSource) -> Box<dyn Any> {
        let slug = form.get_attribute("data-slug").unwrap_or_default();
        source.know_comment_api(&form.get_attribute("data-api").unwrap_or_default());
        let shown: Vec<u64> = crate::platform::document()
            .and_then(|d| d.query_selector_all("#comments li[id^=comment-]").ok())
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
                    .filter_map(|e| e.id().strip_prefix("comment-")?.parse().ok())
                    .collect()
            })
            .unwrap_or_default();
        let (base, status, sending) = (self.base.clone(), self.status, self.sending.clone());
        Box::new(hydrate_from(form, move || {
            provide_base_path(base);
            provide_data_source(source);
            provide_context(status);
            provide_context(sending);
            let shown_ids = Signal::derive(move || Some(shown.clone()));
            view! { <CommentForm slug shown_ids /> }
        }))
    }

    /// After a new page is in place: the banner forgets the last page. It came from the blog
    /// or from the worker's copy; offline, the banner says when that copy was saved.
    pub fn page_changed(&self, url: &str) {
        let status = self.status;
        status.unreachable.set(false);
        status.saved_at.set(None);
        if !status.online.get_untracked() {
            let base = self.base.path("/");
            let url = url.to_owned();
            leptos::task::spawn_local(async move {
                status.saved_at.set(crate::platform::offline::saved_at(&base, &url).await);
            });
        }
    }

    fn here(&self) -> Route {
        let (path, query) = crate::platform::address();
        self.base.strip(&path).map(|path| Route::parse(path, &query)).unwrap_or(Route::NotFound)
    }
}

fn element(selector: &str) -> Option<HtmlElement> {
    crate::platform::document()?
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
}
