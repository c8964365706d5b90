//! The blog reader's pure layer, shared by the app (in the browser and on the host) and by
//! the publish tool: the content model and its decoding, routes, Markdown and comment
//! rendering, search, text, slugs and timestamps, and WordPress's answers as the model.
//!
//! Nothing here calls the browser: this crate depends on no Leptos, web-sys or gloo (a step of
//! scripts/test checks its dependency tree), so all of it is tested on the host. Where pure
//! code needs the platform (decoding HTML character references), the app passes it in. See
//! docs/architecture.md.

pub mod comment_draft;
pub mod data_paths;
pub mod embed_origins;
pub mod live;
pub mod model;
pub mod pagination;
pub mod routes;
pub mod safe_html;
pub mod search;
pub mod share;
pub mod site;
pub mod slug;
pub mod text;
pub mod wordpress;

pub use safe_html::markdown;
