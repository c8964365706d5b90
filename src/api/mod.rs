//! Where the app's data comes from: a [`DataSource`] in context. This module is the only code
//! that fetches.

mod cache;
mod error;
mod live;
mod response;
mod source;
mod static_json;
mod transport;
// The real source where pages of any site are pre-rendered (the host) and in a browser build
// with the `wordpress` feature; elsewhere one that cannot be reached (its file says why).
#[cfg(any(feature = "wordpress", not(target_arch = "wasm32")))]
mod wordpress;
#[cfg(not(any(feature = "wordpress", not(target_arch = "wasm32"))))]
#[path = "wordpress_absent.rs"]
mod wordpress;

pub use error::LoadError;
pub use live::Refreshed;
pub use response::{body_text, interpret_response, interpret_wordpress_answer};
#[cfg(not(target_arch = "wasm32"))]
pub use source::ReadFiles;
pub use source::{provide_data_source, use_data_source, DataSource};
pub use transport::sendable;

/// Whether this build reads from WordPress: always on the host, where pages of any site are
/// pre-rendered; in the browser only with the `wordpress` feature (Cargo.toml says why). Where
/// it is false the WordPress source is not compiled (`wordpress_absent.rs`), and the parts
/// this constant guards (the comment form) are never reached, so the optimiser leaves them out.
pub const READS_WORDPRESS: bool = cfg!(any(feature = "wordpress", not(target_arch = "wasm32")));

/// Whether `site` needs a build that reads from WordPress.
pub fn needs_wordpress(site: &crate::model::SiteSettings) -> bool {
    site.wordpress.is_some() || site.live_wordpress.is_some()
}
