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

/// An Atom feed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeedKey {
    Blog,
    Category(String),
    Theme(String),
}

impl FeedKey {
    /// `feeds/blog.atom`, `feeds/category/strategy.atom`, `feeds/theme/openness.atom`.
    pub fn path(&self) -> String {
        match self {
            FeedKey::Blog => "feeds/blog.atom".to_owned(),
            FeedKey::Category(slug) => format!("feeds/category/{slug}.atom"),
            FeedKey::Theme(slug) => format!("feeds/theme/{slug}.atom"),
        }
    }

    /// The feed at a site path (`/feeds/category/strategy.atom`), if the path names one.
    pub fn from_path(path: &str) -> Option<FeedKey> {
        let name = path.strip_prefix("/feeds/")?.strip_suffix(".atom")?;
        match name.split('/').collect::<Vec<_>>().as_slice() {
            ["blog"] => Some(FeedKey::Blog),
            ["category", slug] => Some(FeedKey::Category((*slug).to_owned())),
            ["theme", slug] => Some(FeedKey::Theme((*slug).to_owned())),
            _ => None,
        }
    }
}

/// `data/projects.json` as `data/projects.1a2b3c4d5e6f7a8b.json`: a file named by its content,
/// which a cache may keep for ever.
pub fn with_hash(path: &str, hash: &str) -> String {
    match path.rsplit_once('.') {
        Some((stem, extension)) => format!("{stem}.{hash}.{extension}"),
        None => format!("{path}.{hash}"),
    }
}

pub fn search_index() -> String {
    "data/search.json".to_owned()
}

/// What "Save the whole blog for offline" downloads.
pub fn offline() -> String {
    "data/offline.json".to_owned()
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
    fn feeds_have_paths_that_read_back() {
        for key in
            [FeedKey::Blog, FeedKey::Category("strategy".into()), FeedKey::Theme("openness".into())]
        {
            assert_eq!(FeedKey::from_path(&format!("/{}", key.path())), Some(key));
        }
        assert_eq!(FeedKey::from_path("/feeds/tag/x.atom"), None);
        assert_eq!(with_hash("data/projects.json", "ab12"), "data/projects.ab12.json");
    }

    #[test]
    fn list_pages_have_one_file_each() {
        assert_eq!(ListKey::Home.data_path(1), "data/lists/home/1.json");
        assert_eq!(
            ListKey::Month { year: 2014, month: 3 }.data_path(2),
            "data/lists/month/2014/03/2.json"
        );
        assert_eq!(
            ListKey::Theme("evidence".into()).data_path(1),
            "data/lists/theme/evidence/1.json"
        );
    }
}
