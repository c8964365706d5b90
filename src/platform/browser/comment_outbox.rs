//! The comment outbox and the form's unsent text, kept in the browser's local storage so that
//! a reload, a closed tab or a lost connection loses nothing a reader typed.

use crate::comment_draft::{CommentDraft, Outbox};

const OUTBOX: &str = "blog-comments-outbox";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Keys carry the site's base path, so two blogs on one host keep their own.
fn key(base: &str, name: &str) -> String {
    format!("{name}:{base}")
}

pub fn load_outbox(base: &str) -> Outbox {
    let text = storage().and_then(|s| s.get_item(&key(base, OUTBOX)).ok().flatten());
    Outbox::from_json(text.as_deref())
}

pub fn save_outbox(base: &str, outbox: &Outbox) {
    if let Some(storage) = storage() {
        let _ = match outbox.comments.is_empty() {
            true => storage.remove_item(&key(base, OUTBOX)),
            false => storage.set_item(&key(base, OUTBOX), &outbox.to_json()),
        };
    }
}

/// What the reader has typed into a post's form and not yet sent.
pub fn load_draft(base: &str, slug: &str) -> CommentDraft {
    storage()
        .and_then(|s| s.get_item(&key(base, &format!("blog-comment-draft:{slug}"))).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

pub fn save_draft(base: &str, slug: &str, draft: &CommentDraft) {
    if let Some(storage) = storage() {
        let key = key(base, &format!("blog-comment-draft:{slug}"));
        let _ = match *draft == CommentDraft::default() {
            true => storage.remove_item(&key),
            false => storage.set_item(&key, &serde_json::to_string(draft).unwrap_or_default()),
        };
    }
}
