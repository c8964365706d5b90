//! The host side of publishing: read `content/`, check it, pre-render the pages, write it all.
//! Not compiled for the browser: the app's crate renders the pages (its `ssr` half), the core
//! crate holds the model, routes and renderers they are made from. See docs/architecture.md.

pub mod app_build;
pub mod build_state;
pub mod content;
mod front_matter;
pub mod incremental;
pub mod live_check;
mod load;
mod pages;
mod security;
mod wordpress;
mod worker;
mod write;

pub use front_matter::split_front_matter;
pub use load::load_content;
pub use pages::{prerender_pages, prerender_site, Prerendered};
pub use security::content_security_policy;
pub use wordpress::{
    load_wordpress, read_wordpress, Client, ReadCounts, WordPressError, WordPressRead,
    WordPressState, CREDENTIALS_VARIABLE,
};
pub use worker::{manifest_links, offline_file, web_manifest, write_worker};
pub use write::write_site;

// The layers below, by the names the modules here use for them.
use blog_core::wordpress as wordpress_api;
use blog_core::{data_paths, markdown, model, routes, safe_html, search, slug, text};
use strategy_blog::{api, prerender, state};
