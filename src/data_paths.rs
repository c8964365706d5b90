//! Where each data file lives, relative to the site's base. The publish step writes these
//! paths and the app fetches them, so both take them from here.

/// A list of posts with its own pages.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListKey {
    Home,
    Category(String),
    Tag(String),
    Author(String),
    Month { year: i32, month: u8 },
    Theme(String),
}

impl ListKey {
    /// `data/lists/category/strategy/2.json`.
    pub fn data_path(&self, page: u32) -> String {
        let key = match self {
            ListKey::Home => "home".to_owned(),
            ListKey::Category(slug) => format!("category/{slug}"),
            ListKey::Tag(slug) => format!("tag/{slug}"),
            ListKey::Author(slug) => format!("author/{slug}"),
            ListKey::Month { year, month } => format!("month/{year:04}/{month:02}"),
            ListKey::Theme(slug) => format!("theme/{slug}"),
        };
        format!("data/lists/{key}/{page}.json")
    }
}

pub fn site() -> String {
    "data/site.json".to_owned()
}

pub fn post(slug: &str) -> String {
    format!("data/posts/{slug}.json")
}

pub fn comments(post_slug: &str) -> String {
    format!("data/comments/{post_slug}.json")
}

pub fn projects() -> String {
    "data/projects.json".to_owned()
}

pub fn page(slug: &str) -> String {
    format!("data/pages/{slug}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_pages_have_one_file_each() {
        assert_eq!(ListKey::Home.data_path(1), "data/lists/home/1.json");
        assert_eq!(
            ListKey::Month {
                year: 2014,
                month: 3
            }
            .data_path(2),
            "data/lists/month/2014/03/2.json"
        );
        assert_eq!(
            ListKey::Theme("evidence".into()).data_path(1),
            "data/lists/theme/evidence/1.json"
        );
    }
}
