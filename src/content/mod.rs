//! A whole site's content, and how it becomes the data files the app reads.
//!
//! Pure: `publish` loads the content from `content/`, the synthetic generator builds it in
//! memory, and both hand it to [`build_data_files`].

mod build;
mod excerpt;
mod related;
mod source;
mod synthetic;
mod validate;

pub use build::{build_data_files, DataFile};
pub use excerpt::{excerpt, plain_text};
pub use source::{
    Government, SiteContent, SourceAuthor, SourceCategory, SourceComment, SourcePage, SourcePost,
    SourceProject, SourceTheme,
};
pub use synthetic::{synthetic_site, SyntheticSize};
pub use validate::{validate, Problem};
