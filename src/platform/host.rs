//! The host's half of `platform`: the same calls as the browser's, doing nothing (or answering
//! as a browser with nothing saved, online, would). Effects and event handlers, the only
//! callers, never run when the publish step renders a page; these exist so that the views
//! compile unchanged for the host.

use crate::safe_html::SafeHtml;

/// The time now, from the host's clock.
pub fn now() -> crate::model::Timestamp {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs() as i64);
    crate::model::Timestamp::from_unix_seconds(seconds)
}

pub fn focus_element(_id: &str) {}

pub fn detached_element() -> Option<web_sys::Element> {
    None
}

pub fn focus_without_scrolling(_element: &web_sys::HtmlElement) {}

pub fn can_share() -> bool {
    false
}

pub async fn share(_title: &str, _url: &str) -> Result<bool, String> {
    Ok(false)
}

pub async fn copy_to_clipboard(_text: &str) -> Result<(), String> {
    Err("there is no clipboard on the host".into())
}

pub fn replace_address(_address: &str) {}

pub fn mark_rehearsed(_slug: &str) {}

pub fn mark_refreshed(_what: &str, _outcome: &str) {}

pub fn append_html_in_turn(
    _element: web_sys::Element,
    _next: impl FnMut() -> Option<SafeHtml> + 'static,
) {
}

pub fn after_next_paint(_work: impl FnOnce() + 'static) {}

pub mod comment_outbox {
    use crate::comment_draft::{CommentDraft, Outbox};

    pub fn load_outbox(_base: &str) -> Outbox {
        Outbox::default()
    }

    pub fn save_outbox(_base: &str, _outbox: &Outbox) {}

    pub fn load_draft(_base: &str, _slug: &str) -> CommentDraft {
        CommentDraft::default()
    }

    pub fn save_draft(_base: &str, _slug: &str, _draft: &CommentDraft) {}
}

pub mod entities {
    /// `text` (with no `<` in it) with its character references decoded: every HTML5 one,
    /// by `htmlize` (the browser's half uses the browser's own parser, see there).
    pub fn decode_entities(text: &str) -> String {
        htmlize::unescape(text).into_owned()
    }
}

pub mod embed {
    pub fn report_height(_element: web_sys::Element, _frame: String, _allowed: Vec<String>) {}

    pub fn drop_base_target() {}

    pub fn open_in_top(_href: &str) {}
}

pub mod sanitise {
    use crate::safe_html::SafeHtml;

    pub fn show_wordpress_html(_target: &web_sys::Element, _html: &str, _hydrating: bool) {}

    /// WordPress HTML as a page pre-rendered on the host holds it: cleaned by `ammonia` to the
    /// browser sanitiser's allowlist.
    pub fn prerendered_html(html: &str) -> SafeHtml {
        crate::safe_html::sanitise_wordpress_html(html)
    }

    pub fn show_published_html(_target: &web_sys::Element, _html: &str, _base: &str, _: bool) {}

    /// A body the publish step rendered, as a pre-rendered page holds it: cleaned by `ammonia`
    /// to the published allowlist (its renderer's output passes whole), site paths under
    /// `base`.
    pub fn prerendered_published_html(html: &str, base: &str) -> SafeHtml {
        crate::safe_html::sanitise_published_html(html, base)
    }
}

pub mod scroll {
    pub fn page_shown() {}
}

pub mod offline {
    use crate::model::OfflineItem;
    pub use crate::platform::offline_types::{SaveOutcome, SavedPage};

    /// Saving for offline reading: the host has no service worker, so nothing is saved.
    #[derive(Default)]
    pub struct SaveJob {
        // Built only by `default()`, as the browser's is.
        _private: (),
    }

    impl SaveJob {
        pub fn cancel(&self) {}

        pub async fn run(
            &self,
            _base: &str,
            items: Vec<OfflineItem>,
            _saved: impl Fn(u64) + 'static,
        ) -> SaveOutcome {
            SaveOutcome::Finished { failed: items.len() }
        }
    }

    pub fn is_online() -> bool {
        true
    }

    pub fn watch_connection(_changed: impl Fn(bool) + 'static) {}

    pub async fn page_was_reachable() -> bool {
        true
    }

    pub fn is_controlled() -> bool {
        false
    }

    pub async fn wait_until_controlled() -> bool {
        false
    }

    pub fn register_worker(_base: &str, _update_ready: impl Fn() + 'static) {}

    pub fn check_for_update() {}

    pub fn apply_update() {}

    pub fn keep(_urls: &[String]) {}

    pub async fn saved_at(_base: &str, _url: &str) -> Option<String> {
        None
    }

    pub async fn saved_pages(_base: &str) -> Vec<SavedPage> {
        Vec::new()
    }

    pub async fn storage_used() -> Option<u64> {
        None
    }

    pub async fn clear_saved(_base: &str) {}
}
