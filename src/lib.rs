//! A reader for a government department's digital-strategy blog.
//!
//! Dependencies point one way: `model`, `markdown`, `routes` and `text` are pure Rust;
//! `api` fetches; `components` and `pages` render; `app` puts them together; `platform` holds
//! the few other calls into the browser. See docs/architecture.md.

// The page frame's view type is deep enough to need more than the default limit.
#![recursion_limit = "256"]

pub mod api;
pub mod app;
pub mod comment_draft;
pub mod components;
#[cfg(not(target_arch = "wasm32"))]
pub mod content;
pub mod data_paths;
pub mod embed_origins;
pub mod model;
pub mod pages;
pub mod pagination;
pub mod platform;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
pub mod publish;
pub mod routes;
pub mod safe_html;
pub mod search;
pub mod share;
pub mod site;
pub mod slug;
pub mod state;
pub mod text;
pub mod warm_up;
pub mod wordpress;

pub use app::App;
pub use safe_html::markdown;
