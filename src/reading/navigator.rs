//! Moving between reading pages without a page load: a link to another reading page fetches
//! that page's pre-rendered copy (which the service worker keeps, as it keeps pages loaded
//! the usual way) and puts its frame in place of this one's, then does what the app does
//! on a route change: the title and description, the focus on the new H1, the announcement,
//! the scroll position, and asking the worker to keep the page. Whatever cannot be done so
//! (an error, a copy that is not the page asked for, a page that needs the app) becomes an
//! ordinary page load of the same address, which the server and the worker answer as ever.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, MouseEvent};

use super::parts::Parts;
use crate::components::MAIN_CONTENT_ID;
use crate::platform::{self, focus_without_scrolling, offline, scroll};
use crate::routes::Route;
use crate::state::BasePath;

/// How long a page may take to arrive before the reader is told it is loading.
const LOADING_AFTER: Duration = Duration::from_millis(400);

/// How long the pointer rests on a link before its page is fetched ahead.
const HOVER_INTENT: Duration = Duration::from_millis(100);

/// How many pages fetched ahead of the reader are kept, most recent first.
const KEPT_AHEAD: usize = 6;

/// The head's tags that describe the page, which change with it.
const PAGE_HEAD: &str = "meta[name=description], meta[property^='og:'], meta[name^='twitter:'], \
    meta[property^='article:'], link[rel=canonical]";

/// A page fetched ahead: its address, and its document once it has arrived.
type Ahead = (String, Option<Document>);

#[derive(Clone)]
struct Navigator {
    base: BasePath,
    parts: Parts,
    /// Bumped by each navigation: an answer for an older one is dropped.
    latest: Rc<Cell<u32>>,
    /// Pages fetched ahead of the reader (the previous and next post or list page, a link
    /// under the pointer), by address, parsed as they arrive (`None` while on their way),
    /// each taken once when the reader follows it.
    ahead: Rc<RefCell<Vec<Ahead>>>,
    /// The address (path and query) of the page in place.
    shown: Rc<RefCell<String>>,
    /// Whether this is a site published from WordPress (`<meta name="app-live">`): there each
    /// page put in place is checked as the start-up gate checks a page load.
    live: bool,
}

/// Whether WordPress answered the start-up gate's check (`appNothingNewer`, start_gate.js)
/// with something newer than the site was published from: `Some(false)` only for an answer
/// that differs; `None` when it could not be asked or answered (offline, WordPress down).
async fn nothing_newer() -> Option<bool> {
    let window = web_sys::window()?;
    let check = js_sys::Reflect::get(&window, &"appNothingNewer".into()).ok()?;
    let answer = check.dyn_into::<js_sys::Function>().ok()?.call0(&window).ok()?;
    let answer = answer.dyn_into::<js_sys::Promise>().ok()?;
    wasm_bindgen_futures::JsFuture::from(answer).await.ok()?.as_bool()
}

/// On a site published from WordPress, after page `this` (of the navigations `latest` counts)
/// is in place: if WordPress answers with anything newer than the site, the page is loaded
/// again, so that the start-up gate starts the app, whose live refresh draws it
/// (crates/publish/src/live_check.rs). The page is shown first: WordPress is slower than the
/// site's files, and seldom has anything newer. Unanswered (offline, WordPress down), the page
/// stays: the app could not refresh it either.
async fn check_with_wordpress(latest: Rc<Cell<u32>>, this: u32) {
    if nothing_newer().await == Some(false) && latest.get() == this {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    }
}

pub fn start(base: BasePath, parts: Parts) {
    let navigator = Navigator {
        base,
        parts,
        latest: Rc::default(),
        ahead: Rc::default(),
        shown: Rc::new(RefCell::new(super::here())),
        // Only a `wordpress` build serves such a site (publish refuses any other).
        live: crate::api::READS_WORDPRESS
            && platform::document()
                .is_some_and(|d| d.query_selector("meta[name=app-live]").ok().flatten().is_some()),
    };
    navigator.fetch_neighbours_when_idle();
    let on_hover = navigator.clone();
    let hovers = window_event_listener(ev::mouseover, move |event| {
        let Some(url) = on_hover.followed_link(&event) else { return };
        let Some(link) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        // Only a link the pointer rests on: a sweep across a long list fetches nothing.
        let navigator = on_hover.clone();
        let _ = set_timeout(
            move || {
                if link.matches(":hover").unwrap_or(false) {
                    navigator.fetch_ahead(url);
                }
            },
            HOVER_INTENT,
        );
    });
    let on_click = navigator.clone();
    let clicks = window_event_listener(ev::click, move |event| {
        if is_skip_link(&event) {
            // As in the app (components/skip_link.rs): a fragment link scrolls but does not
            // move focus, and the skip link's reader wants the focus in the main content.
            event.prevent_default();
            platform::focus_element(MAIN_CONTENT_ID);
        } else if let Some(url) = on_click.followed_link(&event) {
            event.prevent_default();
            leptos::task::spawn_local(on_click.clone().show(url, true));
        }
    });
    // The register's filters: a form that asks for a reading page (deploy/nginx.conf serves
    // each filter's pre-rendered page; a host that does not gets the page load, and the app).
    let on_submit = navigator.clone();
    let submits = window_event_listener(ev::submit, move |event| {
        if let Some(url) = on_submit.submitted_form(&event) {
            event.prevent_default();
            leptos::task::spawn_local(on_submit.clone().show(url, true));
        }
    });
    // By the time popstate fires, the address is the one being returned to (and the scroll
    // module has noted where that page was scrolled to).
    let popped = window_event_listener(ev::popstate, move |_| {
        // Only the fragment changed (a link within the page, or back from one): the browser
        // scrolls to it, and the page in place is the right one.
        // A page still on its way (the reader went back, then forward again) must not land.
        if *navigator.shown.borrow() == super::here() {
            navigator.latest.set(navigator.latest.get() + 1);
            set_loading(false);
            return;
        }
        let here = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
        leptos::task::spawn_local(navigator.clone().show(here, false));
    });
    // The listeners live as long as the page.
    std::mem::forget((hovers, clicks, submits, popped));
}

impl Navigator {
    /// The address a click on a link leads to, when this code shows it: a plain click on a
    /// link to another reading page of this blog.
    fn followed_link(&self, event: &MouseEvent) -> Option<String> {
        if !is_plain_click(event) {
            return None;
        }
        let link = event.target()?.dyn_into::<Element>().ok()?.closest("a[href]").ok()??;
        if link.get_attribute("target").is_some_and(|t| t != "_self")
            || link.has_attribute("download")
        {
            return None;
        }
        let location = web_sys::window()?.location();
        let url = web_sys::Url::new_with_base(&link.get_attribute("href")?, &location.href().ok()?)
            .ok()?;
        if url.origin() != location.origin().ok()? {
            return None;
        }
        let (path, query) = platform::address();
        let target_query = url.search();
        let target_query = target_query.trim_start_matches('?');
        // The same page (a fragment, or nothing at all): the browser's own business.
        if url.pathname() == path && target_query == query {
            return None;
        }
        self.route_of(&url.pathname(), target_query)
            .filter(Route::is_reading_page)
            .map(|_| url.href())
    }

    /// The address a GET form's submission asks for, as the app writes it, when it is a
    /// reading page of this blog.
    fn submitted_form(&self, event: &web_sys::Event) -> Option<String> {
        if event.default_prevented() {
            return None;
        }
        let form = event.target()?.dyn_into::<Element>().ok()?;
        let method = form.get_attribute("method").unwrap_or_default();
        let elsewhere = form.get_attribute("target").is_some_and(|t| t != "_self");
        if !form.tag_name().eq_ignore_ascii_case("form")
            || !method.eq_ignore_ascii_case("get")
            || elsewhere
        {
            return None;
        }
        let location = web_sys::window()?.location();
        let here = location.href().ok()?;
        let action = form.get_attribute("action").unwrap_or_default();
        let url = web_sys::Url::new_with_base(&action, &here).ok()?;
        if url.origin() != location.origin().ok()? {
            return None;
        }
        // The fields a browser would send: not disabled, not buttons, boxes only when ticked.
        let fields = form
            .query_selector_all(
                "select[name]:enabled, input[name]:enabled:not([type=submit], [type=button], \
                 [type=image], [type=reset], [type=checkbox]:not(:checked), \
                 [type=radio]:not(:checked))",
            )
            .ok()?;
        let mut query = Vec::new();
        for i in 0..fields.length() {
            let Some(field) = fields.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let value =
                js_sys::Reflect::get(&field, &"value".into()).ok().and_then(|v| v.as_string());
            if let (Some(name), Some(value)) = (field.get_attribute("name"), value) {
                query.push(format!(
                    "{}={}",
                    js_sys::encode_uri_component(&name),
                    js_sys::encode_uri_component(&value)
                ));
            }
        }
        let route = self.route_of(&url.pathname(), &query.join("&"))?;
        let href = self.base.href(&route);
        route
            .is_reading_page()
            .then(|| web_sys::Url::new_with_base(&href, &here).ok())
            .flatten()
            .map(|url| url.href())
    }

    fn route_of(&self, path: &str, query: &str) -> Option<Route> {
        self.base.strip(path).map(|path| Route::parse(path, query))
    }

    /// Shows the page at `url`, adding it to the history when the reader followed a link
    /// (`push`) rather than went back or forward.
    async fn show(self, url: String, push: bool) {
        let this = self.latest.get() + 1;
        self.latest.set(this);
        let latest = self.latest.clone();
        let loading = set_timeout(
            move || {
                if latest.get() == this {
                    set_loading(true);
                }
            },
            LOADING_AFTER,
        )
        .ok();
        let page = match self.take_ahead(&url) {
            Some(page) => Some(page),
            None => {
                // Marked as on its way, so that the pointer still resting on the link that
                // was followed does not fetch the same page ahead while it comes.
                let marked = !self.ahead.borrow().iter().any(|(kept, _)| *kept == url);
                if marked {
                    self.keep_ahead(url.clone(), None);
                }
                let page = fetch_html(&url).await.and_then(|html| parse(&html));
                if marked {
                    self.ahead.borrow_mut().retain(|(kept, page)| *kept != url || page.is_some());
                }
                page
            }
        };
        if let Some(loading) = loading {
            loading.clear();
        }
        if self.latest.get() != this {
            return; // the reader has moved on again
        }
        set_loading(false);
        match page.filter(|page| self.is_copy_of(page, &url)) {
            Some(page) => {
                self.put_in_place(&page, &url, push);
                // The constant too, so that a plain build's wasm leaves the check out; a task
                // of its own, so that this one's state does not carry it either.
                if crate::api::READS_WORDPRESS && self.live {
                    leptos::task::spawn_local(check_with_wordpress(self.latest.clone(), this));
                }
            }
            None => load_normally(&url, push),
        }
    }

    /// Whether `page` is the pre-rendered copy of `url` and needs nothing but its parts: a
    /// host may answer an address it has no page for with another page (the home page for
    /// `/?page=99`), which only the app can answer properly.
    fn is_copy_of(&self, page: &Document, url: &str) -> bool {
        let Ok(url) = web_sys::Url::new(url) else { return false };
        let needs_app = page.query_selector("meta[name=app-load]").ok().flatten().is_some();
        let has_frame =
            page.query_selector(".app-frame .app-main-wrapper").ok().flatten().is_some();
        let rendered_for = page
            .get_element_by_id("app-hydration")
            .and_then(|script| script.text_content())
            .and_then(|text| super::rendered_for(&text))
            .map(|page| {
                let (path, query) = page.split_once('?').unwrap_or((page.as_str(), ""));
                Route::parse(path, query)
            });
        let search = url.search();
        !needs_app
            && has_frame
            && rendered_for.is_some()
            && rendered_for == self.route_of(&url.pathname(), search.trim_start_matches('?'))
    }

    fn put_in_place(&self, page: &Document, url: &str, push: bool) {
        let (Some(window), Some(document)) = (web_sys::window(), platform::document()) else {
            return;
        };
        // What differs from page to page: the columns, and the header's menu (its current
        // section, and closed). The rest of the header and the footer stay as they are.
        let mut swaps = Vec::new();
        for selector in [".app-frame .app-main-wrapper", "app-part[data-part=sections]"] {
            let find = |d: &Document| d.query_selector(selector).ok().flatten();
            let (Some(new), Some(old)) = (find(page), find(&document)) else {
                return load_normally(url, push);
            };
            let Ok(new) = document.import_node_with_deep(&new, true) else {
                return load_normally(url, push);
            };
            swaps.push((old, new));
        }
        if push {
            if let Ok(history) = window.history() {
                let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
            }
        }
        self.parts.release();
        for (old, new) in swaps {
            let _ = old.replace_with_with_node_1(&new);
        }
        replace_head(&document, page);
        self.parts.hydrate();
        let heading = document
            .get_element_by_id("page-heading")
            .and_then(|h| h.dyn_into::<HtmlElement>().ok());
        if let Some(heading) = &heading {
            focus_without_scrolling(heading);
        }
        let text = heading.and_then(|h| h.text_content()).unwrap_or_default();
        announce(&document, &format!("{} page loaded", text.trim()));
        match push {
            true => scroll_to_fragment_or_top(&window, &document, url),
            false => scroll::page_shown(),
        }
        let here = super::here();
        self.shown.replace(here.clone());
        self.parts.page_changed(&here);
        offline::keep(&[here]);
        offline::check_for_update();
        self.fetch_neighbours_when_idle();
    }

    /// The previous and next post (or list page), fetched once the browser is idle, as the
    /// app fetches their data: the reader who goes on to one does not wait for the network.
    fn fetch_neighbours_when_idle(&self) {
        let navigator = self.clone();
        let _ = request_idle_callback(move || {
            let Some(document) = platform::document() else { return };
            let Ok(links) = document.query_selector_all("a[rel=prev][href], a[rel=next][href]")
            else {
                return;
            };
            let Ok(here) = document.url() else { return };
            for i in 0..links.length() {
                let href = links
                    .item(i)
                    .and_then(|n| n.dyn_into::<Element>().ok())
                    .and_then(|link| link.get_attribute("href"))
                    .and_then(|href| web_sys::Url::new_with_base(&href, &here).ok());
                if let Some(url) = href {
                    let search = url.search();
                    let route = navigator.route_of(&url.pathname(), search.trim_start_matches('?'));
                    if route.is_some_and(|route| route.is_reading_page()) {
                        navigator.fetch_ahead(url.href());
                    }
                }
            }
        });
    }

    /// Fetches the page at `url` into the pages kept ahead, unless it is there already.
    fn fetch_ahead(&self, url: String) {
        if self.ahead.borrow().iter().any(|(kept, _)| *kept == url) {
            return;
        }
        // Marked as on its way, so that a second hover does not fetch it again.
        self.keep_ahead(url.clone(), None);
        let ahead = self.clone();
        leptos::task::spawn_local(async move {
            // Parsed now, not when the reader follows the link.
            match fetch_html(&url).await.and_then(|html| parse(&html)) {
                Some(page) => ahead.keep_ahead(url, Some(page)),
                None => ahead.ahead.borrow_mut().retain(|(kept, _)| *kept != url),
            }
        });
    }

    fn keep_ahead(&self, url: String, page: Option<Document>) {
        let mut ahead = self.ahead.borrow_mut();
        ahead.retain(|(kept, _)| *kept != url);
        ahead.insert(0, (url, page));
        ahead.truncate(KEPT_AHEAD);
    }

    /// The page at `url` as fetched ahead, if it has arrived; it is used once.
    fn take_ahead(&self, url: &str) -> Option<Document> {
        let mut ahead = self.ahead.borrow_mut();
        let at = ahead.iter().position(|(kept, page)| kept == url && page.is_some())?;
        ahead.remove(at).1
    }
}

/// A click that nothing has handled, with the main button and no key held (a key asks for a
/// new tab or window, or a download, which the browser does).
fn is_plain_click(event: &MouseEvent) -> bool {
    let keys = event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key();
    event.button() == 0 && !keys && !event.default_prevented()
}

/// Whether the click was a plain one on the skip link.
fn is_skip_link(event: &MouseEvent) -> bool {
    is_plain_click(event)
        && event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|target| target.closest("a.govuk-skip-link").ok().flatten())
            .is_some()
}

/// A page's HTML, when the server answers with one.
async fn fetch_html(url: &str) -> Option<String> {
    let response = gloo_net::http::Request::get(url).send().await.ok()?;
    let is_html = response.headers().get("content-type").is_some_and(|t| t.contains("text/html"));
    if !response.ok() || !is_html {
        return None;
    }
    response.text().await.ok()
}

fn parse(html: &str) -> Option<Document> {
    let parser = web_sys::DomParser::new().ok()?;
    parser.parse_from_string(html, web_sys::SupportedType::TextHtml).ok()
}

/// The page load the reader would have had without this code.
fn load_normally(url: &str, push: bool) {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return };
    let _ = match push {
        true => location.assign(url),
        false => location.reload(),
    };
}

fn replace_head(document: &Document, page: &Document) {
    document.set_title(&page.title());
    let (Some(head), Some(new_head)) = (document.head(), page.head()) else { return };
    if let Ok(old) = head.query_selector_all(PAGE_HEAD) {
        for i in 0..old.length() {
            if let Some(node) = old.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                node.remove();
            }
        }
    }
    if let Ok(new) = new_head.query_selector_all(PAGE_HEAD) {
        for i in 0..new.length() {
            if let Some(node) = new.item(i).and_then(|n| document.import_node(&n).ok()) {
                let _ = head.append_child(&node);
            }
        }
    }
}

/// The polite live region the app announces new pages in (rendered with the page, outside
/// its frame, so it stays while frames are replaced).
fn announce(document: &Document, text: &str) {
    if let Ok(Some(region)) = document.query_selector("body > [role=status][aria-live=polite]") {
        region.set_text_content(Some(text));
    }
}

fn set_loading(loading: bool) {
    let Some(document) = platform::document() else { return };
    if let Some(root) = document.document_element() {
        let _ = root.class_list().toggle_with_force("app-loading-page", loading);
    }
    if loading {
        announce(&document, "Loading");
    }
}

fn scroll_to_fragment_or_top(window: &web_sys::Window, document: &Document, url: &str) {
    let fragment = web_sys::Url::new(url).map(|u| u.hash()).unwrap_or_default();
    let target = fragment
        .strip_prefix('#')
        .filter(|id| !id.is_empty())
        .and_then(|id| document.get_element_by_id(id));
    match target {
        Some(target) => target.scroll_into_view(),
        None => window.scroll_to_with_x_and_y(0.0, 0.0),
    }
}
