//! Search in the browser: a compact index the publish step builds, and the ranking and
//! snippets the search page shows. Pure, so the same code builds the index on the host and
//! answers queries in the browser, offline too.

mod index;
mod query;
mod snippet;
mod tokens;
mod varint;

pub use index::{DocKind, IndexBuilder, SearchDoc, SearchIndexFile};
pub use query::{Hit, Searcher};
pub use snippet::{highlight, snippet, TextPart};
pub use tokens::{normalise, tokens};
