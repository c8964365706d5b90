//! The blog's content model: plain data decoded from the data files.
//!
//! Nothing here knows about Leptos, the DOM or the network, so the host-side tools and
//! the host tests use it exactly as the app does.

mod comment;
mod decode;
mod post;
mod timestamp;

pub use comment::{Comment, CommentFile};
pub use decode::{decode_data_file, DecodeError, SCHEMA_VERSION};
pub use post::{Post, PostFile, PostIndex, PostSummary, Term};
pub use timestamp::{Timestamp, TimestampError};
