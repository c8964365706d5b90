use crate::model::DecodeError;

/// Why data could not be loaded. `Display` is for the site's maintainers (it names the URL and
/// the field); [`LoadError::reader_message`] is for readers.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum LoadError {
    #[error("{url} was not found (HTTP 404)")]
    NotFound { url: String },
    #[error("the server answered HTTP {status} for {url}")]
    Status { url: String, status: u16 },
    #[error(
        "{url} sent a web page ({content_type}) where JSON data was expected: the file is \
         probably missing and the server answered with its fallback page"
    )]
    NotJson { url: String, content_type: String },
    #[error("{url} could not be read: {source}")]
    Invalid { url: String, source: DecodeError },
    #[error("the request for {url} failed: {message}")]
    Network { url: String, message: String },
}

impl LoadError {
    /// What happened, in words a reader understands.
    pub fn reader_message(&self) -> &'static str {
        match self {
            LoadError::NotFound { .. } => "Some of the content for this page is missing.",
            LoadError::Status { status, .. } if *status >= 500 => {
                "The server had a problem sending the content for this page."
            }
            LoadError::Status { .. } => "The server refused to send the content for this page.",
            LoadError::NotJson { .. } | LoadError::Invalid { .. } => {
                "The content for this page is damaged or in a format this site cannot read."
            }
            LoadError::Network { .. } => {
                "The content for this page could not be downloaded. Check your internet \
                 connection."
            }
        }
    }
}
