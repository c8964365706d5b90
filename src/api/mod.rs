//! Where the app's data comes from. This module is the only code that fetches.

mod cache;
mod error;
mod response;
mod static_json;
mod transport;
mod wordpress;

pub use error::LoadError;
pub use response::{body_text, interpret_response, interpret_wordpress_answer};
pub use static_json::{
    fetch_comments, fetch_list, fetch_offline_list, fetch_page, fetch_post, fetch_projects,
    fetch_search_index, fetch_site, prefetch_post, set_site_root,
};
#[cfg(not(target_arch = "wasm32"))]
pub use transport::serve_published_files;
pub use transport::{begin_page, sendable};
pub use wordpress::{send_comment, with_archive};
