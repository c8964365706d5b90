use serde::{Deserialize, Serialize};

/// A standalone page such as the accessibility statement, at `/{slug}/`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaticPage {
    pub slug: String,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// Markdown, rendered as a post body is.
    pub body: String,
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
