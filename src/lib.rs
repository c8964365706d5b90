//! A reader for a government department's digital-strategy blog.
//!
//! Dependencies point one way: the pure layer (`model`, `markdown`, `routes`, `text`, …) is
//! the `blog-core` crate (crates/core), re-exported here under the same names; `api` fetches;
//! `components` and `pages` render; `app` puts them together; `platform` holds the few other
//! calls into the browser. The publish tool (crates/publish) renders this crate's pages on the
//! host. See docs/architecture.md.

// The page frame's view type is deep enough to need more than the default limit.
#![recursion_limit = "256"]

pub mod api;
pub mod app;
pub mod components;
pub mod pages;
pub mod platform;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod reading;
pub mod state;
pub mod warm_up;
pub mod wordpress;

pub use app::App;
pub use blog_core::{
    comment_draft, data_paths, embed_origins, markdown, model, pagination, routes, safe_html,
    search, share, site, slug, text,
};
