//! The host side of publishing: read `content/`, check it, write the data files.
//! Not compiled for the browser.

mod front_matter;
mod load;
mod write;

pub use front_matter::split_front_matter;
pub use load::load_content;
pub use write::write_site;
