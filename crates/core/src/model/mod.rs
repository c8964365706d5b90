//! The blog's content model: plain data decoded from the data files.
//!
//! Nothing here knows about Leptos, the DOM or the network, so the host-side tools and
//! the host tests use it exactly as the app does.

mod comment;
mod decode;
mod json_path;
mod list;
mod offline;
mod page;
mod post;
mod project;
mod site;
mod timestamp;

pub use comment::{Comment, CommentFile};
pub use decode::{decode_data_file, DataFile, DecodeError, SCHEMA_VERSION};
pub use list::ListPage;
pub use offline::{describe_saved_at, format_bytes, OfflineFile, OfflineItem, SaveProgress};
pub use page::{PageFile, StaticPage};
pub use post::{BodyFormat, Post, PostFile, PostLink, PostSummary, Term};
pub use project::{Phase, Project, ProjectsFile};
pub use site::{
    rest_api_of, AuthorInfo, MonthCount, PageLink, SiteFile, SiteFiles, SiteSettings, TermInfo,
    ThemeInfo,
};
pub use timestamp::{month_name, CivilTime, Timestamp, TimestampError};
