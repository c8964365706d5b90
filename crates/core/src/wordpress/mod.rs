//! WordPress as a data source: the REST API's answers (`wp/v2`) and how they become the
//! app's model. Pure: the fetching is in the app's `api::wordpress`, and the decoding of HTML
//! character references is passed in ([`DecodeEntities`]), so all of this is tested on the host.

mod archive;
mod html_text;
mod map;
mod query;
mod search;
mod types;

use serde::de::DeserializeOwned;

pub use archive::{archive_counts, WpDated};
pub use html_text::{html_to_text, html_word_count, DecodeEntities};
pub use map::{author_info, comment, list_page, post, post_link, post_summary, slug, term_info};
pub use query::{is_past_last_page, ListFilter, Paging, Query, COMMENTS_PER_REQUEST};
pub use search::search_index;
pub use types::{WpComment, WpPost, WpPostLink, WpTerm, WpUser};

use crate::model::DecodeError;

/// Decodes a WordPress answer. The message gives the line and column of what does not fit;
/// naming the field's path (as data files do) would compile every WordPress type's decoder a
/// second time, into every reader's download.
pub fn decode_answer<T: DeserializeOwned>(text: &str) -> Result<T, DecodeError> {
    serde_json::from_str(text).map_err(|err| match err.classify() {
        serde_json::error::Category::Data => {
            DecodeError::Field { path: "(WordPress answer)".into(), message: err.to_string() }
        }
        _ => DecodeError::Syntax { message: err.to_string() },
    })
}

/// The host's decoder of HTML character references, as the app's host half has it.
#[cfg(test)]
pub(crate) fn host_entities(text: &str) -> String {
    htmlize::unescape(text).into_owned()
}
