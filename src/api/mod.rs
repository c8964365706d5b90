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
