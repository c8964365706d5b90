//! A whole site's content, and how it becomes the files the site serves.
//!
//! Pure: `publish` loads the content from `content/`, the synthetic generator builds it in
//! memory, and both hand it to [`validate`] and then [`build_site`].

mod build;
mod excerpt;
mod feeds;
mod pages;
mod related;
mod search_index;
mod sitemap;
mod source;
mod synthetic;
mod validate;
mod xml;

pub use build::{build_site, content_hash, OutputFile};
pub use excerpt::{excerpt, plain_text};
pub use feeds::FEED_ENTRIES;
pub use pages::site_routes;
pub use source::{
    Government, Origin, SiteContent, SourceAuthor, SourceCategory, SourceComment, SourcePage,
    SourcePost, SourceProject, SourceTheme,
};
pub use synthetic::{synthetic_site, SyntheticSize};
pub use validate::{validate, Problem};
