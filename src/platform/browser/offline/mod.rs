//! Offline reading, the browser's side: the service worker (`public/sw.js`), its updates, the
//! connection, and the pages and files it has saved. Called from effects and event handlers
//! only. Every step that fails (no service worker support, a worker that will not install,
//! storage refused) leaves the online app as it was.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

mod save_job;
mod saved;

pub use crate::platform::offline_types::{SaveOutcome, SavedPage};
pub use save_job::SaveJob;
pub use saved::{clear_saved, saved_at, saved_pages, storage_used};

/// Cache names begin with this for the site under `base` (`/` or `/blog/`), as in sw.js.
fn own_caches(base: &str) -> String {
    format!("blog:{base}:")
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Not every browser has service workers, and none on an insecure origin but localhost.
    Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

fn caches() -> Option<web_sys::CacheStorage> {
    web_sys::window()?.caches().ok()
}

fn message(kind: &str) -> Object {
    let object = Object::new();
    let _ = Reflect::set(&object, &"type".into(), &kind.into());
    object
}

pub fn is_online() -> bool {
    web_sys::window().map(|w| w.navigator().on_line()).unwrap_or(true)
}

/// Calls `changed` with `true` or `false` whenever the connection comes or goes.
pub fn watch_connection(changed: impl Fn(bool) + 'static) {
    let changed = Rc::new(changed);
    for (event, online) in [("online", true), ("offline", false)] {
        let changed = changed.clone();
        let listener =
            leptos::prelude::window_event_listener_untyped(event, move |_| changed(online));
        // It lives as long as the page.
        std::mem::forget(listener);
    }
}

/// Whether the blog answered when the browser loaded this page. `false` when the service
/// worker served its saved copy and its request to the network failed; `true` where no worker
/// controls the page, or it does not say within a few seconds (an older build's does not).
pub async fn page_was_reachable() -> bool {
    let controller = container().and_then(|c| c.controller());
    let (Some(worker), Ok(channel)) = (controller, web_sys::MessageChannel::new()) else {
        return true;
    };
    let Some(url) = web_sys::window().and_then(|w| w.location().href().ok()) else {
        return true;
    };
    let answer = js_sys::Promise::new(&mut |resolve, _| {
        let on_answer = Closure::once_into_js(move |event: web_sys::MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        channel.port1().set_onmessage(Some(on_answer.unchecked_ref()));
    });
    let question = message("reachable?");
    let _ = Reflect::set(&question, &"url".into(), &url.split('#').next().unwrap_or("").into());
    let ports = Array::of1(&channel.port2());
    if worker.post_message_with_transferable(&question, &ports).is_err() {
        return true;
    }
    let no_answer = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 5000);
        }
    });
    let first = JsFuture::from(js_sys::Promise::race(&Array::of2(&answer, &no_answer))).await;
    first
        .ok()
        .and_then(|reply| Reflect::get(&reply, &"reachable".into()).ok())
        .and_then(|reachable| reachable.as_bool())
        .unwrap_or(true)
}

/// Whether a service worker controls this page (so what it loads is being saved).
pub fn is_controlled() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

/// Whether a service worker controls the page, waiting a while for one on a first visit (it
/// installs, then takes the page over). `false` where there is none, or it failed.
pub async fn wait_until_controlled() -> bool {
    let Some(container) = container() else {
        return false;
    };
    for _ in 0..50 {
        if container.controller().is_some() {
            return true;
        }
        sleep(200).await;
    }
    false
}

async fn sleep(milliseconds: i32) {
    let timer = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds);
        }
    });
    let _ = JsFuture::from(timer).await;
}

/// Registers `{base}sw.js` for the site's scope, and calls `update_ready` when a new version
/// of the app has been installed and waits for the reader to take it.
pub fn register_worker(base: &str, update_ready: impl Fn() + 'static) {
    let Some(container) = container() else {
        return;
    };
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(base);
    let registering = container.register_with_options(&format!("{base}sw.js"), &options);
    let update_ready: Rc<dyn Fn()> = Rc::new(update_ready);
    spawn_local(async move {
        // A missing or broken worker: the app carries on without offline reading.
        let Ok(registration) = JsFuture::from(registering).await else {
            return;
        };
        // Some browsers that block service workers answer with nothing at all.
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        watch_for_updates(registration, update_ready);
    });
}

fn watch_for_updates(registration: ServiceWorkerRegistration, update_ready: Rc<dyn Fn()>) {
    // A first install is not an update: only a worker that would replace one is.
    if registration.waiting().is_some() && is_controlled() {
        update_ready();
    }
    let watched = registration.clone();
    let found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = watched.installing() else {
            return;
        };
        let worker = installing.clone();
        let update_ready = update_ready.clone();
        let changed = Closure::<dyn FnMut()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && is_controlled() {
                update_ready();
            }
        });
        installing.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
        changed.forget();
    });
    registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    found.forget();
}

thread_local! {
    static LAST_UPDATE_CHECK: Cell<f64> = const { Cell::new(0.0) };
}

/// Asks the browser to look for a new version, at most every ten minutes: it does so itself
/// on full page loads, which a reader moving around in the app does not make.
pub fn check_for_update() {
    let now = js_sys::Date::now();
    if now - LAST_UPDATE_CHECK.get() < 600_000.0 {
        return;
    }
    LAST_UPDATE_CHECK.set(now);
    let Some(container) = container() else {
        return;
    };
    spawn_local(async move {
        if let Ok(Some(registration)) = registration(&container).await {
            if let Ok(checking) = registration.update() {
                let _ = JsFuture::from(checking).await;
            }
        }
    });
}

async fn registration(
    container: &ServiceWorkerContainer,
) -> Result<Option<ServiceWorkerRegistration>, JsValue> {
    let found = JsFuture::from(container.get_registration()).await?;
    Ok(found.dyn_into::<ServiceWorkerRegistration>().ok())
}

/// Moves to the waiting new version: the waiting worker takes over, then the page reloads
/// with the new shell.
pub fn apply_update() {
    let reload = || {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    let Some(container) = container() else {
        return reload();
    };
    let taken_over = Closure::once_into_js(reload);
    container.set_oncontrollerchange(Some(taken_over.unchecked_ref()));
    spawn_local(async move {
        let waiting = registration(&container).await.ok().flatten().and_then(|r| r.waiting());
        match waiting {
            Some(worker) => {
                let _ = worker.post_message(&message("skip-waiting"));
            }
            None => reload(),
        }
    });
}

/// Asks the worker to keep `urls` (pages or data files) if it has not already.
pub fn keep(urls: &[String]) {
    let Some(worker) = container().and_then(|c| c.controller()) else {
        return;
    };
    let request = message("save");
    let list: Array = urls.iter().map(|u| JsValue::from_str(u)).collect();
    let _ = Reflect::set(&request, &"urls".into(), &list);
    let _ = worker.post_message(&request);
}
