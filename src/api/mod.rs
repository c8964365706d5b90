//! Where the app's data comes from: a [`DataSource`] in context. This module is the only code
//! that fetches.

mod cache;
mod error;
mod live;
mod response;
mod source;
mod static_json;
mod transport;
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
/// it is false, the WordPress code is still compiled but never reached, so the optimiser
/// leaves it out of the wasm.
pub const READS_WORDPRESS: bool = cfg!(any(feature = "wordpress", not(target_arch = "wasm32")));

/// Whether `site` needs a build that reads from WordPress.
pub fn needs_wordpress(site: &crate::model::SiteSettings) -> bool {
    site.wordpress.is_some() || site.live_wordpress.is_some()
}
