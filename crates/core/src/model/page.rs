use serde::{Deserialize, Serialize};

/// A standalone page such as the accessibility statement, at `/{slug}/`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaticPage {
    pub slug: String,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// As a post's body: rendered from Markdown by the publish step, or, for a page published
    /// from WordPress, HTML (sanitised on the host, and again as it goes into the page).
    pub body: String,
    #[serde(default, skip_serializing_if = "super::BodyFormat::is_markdown")]
    pub body_format: super::BodyFormat,
}

/// `data/pages/{slug}.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageFile {
    pub schema: u32,
    pub page: StaticPage,
}

impl super::DataFile for PageFile {
    fn schema(&self) -> u32 {
        self.schema
    }
}
