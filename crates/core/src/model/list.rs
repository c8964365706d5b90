use serde::{Deserialize, Serialize};

use super::PostSummary;

/// One page of a list of posts (the home page, a category, a tag, an author, a month or a
/// theme), newest first. Together a list's pages are its part of the summary index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListPage {
    pub schema: u32,
    /// Counts from 1.
    pub page: u32,
    pub total_pages: u32,
    pub total_posts: u32,
    pub posts: Vec<PostSummary>,
}

impl super::DataFile for ListPage {
    fn schema(&self) -> u32 {
        self.schema
    }
}
