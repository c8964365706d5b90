//! The addresses the reader asks WordPress for, and what its paging headers say.

use crate::data_paths::ListKey;
use crate::model::Timestamp;

/// Posts and comments asked for at a time. WordPress allows at most 100.
pub const COMMENTS_PER_REQUEST: u32 = 100;

/// Posts asked for at a time for the search index (WordPress's most).
pub const POSTS_PER_SEARCH_REQUEST: u32 = 100;

/// What a post's author and terms come with: only what the pages show.
const EMBED: &str = "_embed=author,wp:term";

/// The paging headers of a collection: `X-WP-Total` and `X-WP-TotalPages`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Paging {
    pub total: u32,
    pub total_pages: u32,
}

impl Paging {
    /// Missing or unreadable headers count as one page of what arrived.
    pub fn from_headers(total: Option<&str>, total_pages: Option<&str>, arrived: usize) -> Self {
        let read = |h: Option<&str>| h.and_then(|v| v.trim().parse::<u32>().ok());
        let total = read(total).unwrap_or(arrived as u32);
        let total_pages = read(total_pages).unwrap_or(u32::from(total > 0));
        Paging { total, total_pages }
    }
}

/// WordPress answers a page past the last with HTTP 400 and this code.
pub fn is_past_last_page(status: u16, body: &str) -> bool {
    status == 400 && body.contains("rest_post_invalid_page_number")
}

/// The addresses of one WordPress site's API, from its root (ending in `/wp-json/`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    root: String,
}

/// Which posts a list holds, in WordPress's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListFilter {
    All,
    Category(u64),
    Tag(u64),
    Author(u64),
    /// Published after the first and before the second (both exclusive).
    Between(Timestamp, Timestamp),
}

impl ListFilter {
    /// The filter for a list of the app's, given the WordPress id of the term it names
    /// (themes are tags of the same slug). `None` when the list names a term WordPress
    /// does not have.
    pub fn for_list(key: &ListKey, id_of: impl Fn(&ListKey) -> Option<u64>) -> Option<Self> {
        Some(match key {
            ListKey::Home => ListFilter::All,
            ListKey::Category(_) => ListFilter::Category(id_of(key)?),
            ListKey::Tag(_) | ListKey::Theme(_) => ListFilter::Tag(id_of(key)?),
            ListKey::Author(_) => ListFilter::Author(id_of(key)?),
            ListKey::Month { year, month } => {
                let start = month_start(*year, *month)?;
                let (next_year, next_month) =
                    if *month == 12 { (year + 1, 1) } else { (*year, month + 1) };
                let end = month_start(next_year, next_month)?;
                ListFilter::Between(Timestamp::from_unix_seconds(start.unix_seconds() - 1), end)
            }
        })
    }

    fn parameters(&self) -> String {
        match self {
            ListFilter::All => String::new(),
            ListFilter::Category(id) => format!("&categories={id}"),
            ListFilter::Tag(id) => format!("&tags={id}"),
            ListFilter::Author(id) => format!("&author={id}"),
            ListFilter::Between(after, before) => {
                format!("&after={}&before={}", after.to_rfc3339(), before.to_rfc3339())
            }
        }
    }
}

/// Midnight at the start of a month in the UK, as an instant: months are UK months
/// throughout the app, as permalinks are UK dates.
fn month_start(year: i32, month: u8) -> Option<Timestamp> {
    let utc = Timestamp::parse(&format!("{year:04}-{month:02}-01T00:00:00Z")).ok()?;
    let summer = Timestamp::from_unix_seconds(utc.unix_seconds() - 3600);
    let in_uk = summer.uk();
    Some(if in_uk.day == 1 && in_uk.hour == 0 { summer } else { utc })
}

impl Query {
    pub fn new(root: &str) -> Self {
        Query { root: format!("{}/", root.trim_end_matches('/')) }
    }

    fn at(&self, path: &str) -> String {
        format!("{}wp/v2/{path}", self.root)
    }

    /// One page of a list, newest first.
    pub fn posts(&self, filter: &ListFilter, page: u32, per_page: u32) -> String {
        // WordPress refuses more than 100 a page.
        let per_page = per_page.clamp(1, 100);
        self.at(&format!("posts?{EMBED}&per_page={per_page}&page={page}{}", filter.parameters()))
    }

    /// A post by its slug (WordPress answers with a list of at most one).
    pub fn post(&self, slug: &str) -> String {
        self.at(&format!("posts?{EMBED}&slug={}", encode(slug)))
    }

    /// The post published just before `date`, or (`newer`) just after it.
    pub fn neighbour(&self, date: Timestamp, newer: bool) -> String {
        let (side, order) = if newer { ("after", "asc") } else { ("before", "desc") };
        self.at(&format!(
            "posts?{side}={}&order={order}&per_page=1&_fields=slug,title,date_gmt",
            date.to_rfc3339()
        ))
    }

    /// One page of a post's comments, oldest first.
    pub fn comments(&self, post_id: u64, page: u32) -> String {
        self.at(&format!(
            "comments?post={post_id}&per_page={COMMENTS_PER_REQUEST}&page={page}&orderby=date_gmt&order=asc"
        ))
    }

    /// Where a new comment is sent.
    pub fn new_comment(&self) -> String {
        self.at("comments")
    }

    /// A post's id, for its comments, when its page has not been loaded.
    pub fn post_id(&self, slug: &str) -> String {
        self.at(&format!("posts?slug={}&_fields=id", encode(slug)))
    }

    /// A page of every post's title and excerpt, for the search index.
    pub fn search_posts(&self, page: u32) -> String {
        self.at(&format!(
            "posts?per_page={POSTS_PER_SEARCH_REQUEST}&page={page}&_fields=slug,title,excerpt,date_gmt"
        ))
    }

    /// A page of every post's date and author, for the archive's months and counts.
    pub fn archive_posts(&self, page: u32) -> String {
        self.at(&format!(
            "posts?per_page={POSTS_PER_SEARCH_REQUEST}&page={page}&_fields=date_gmt,author"
        ))
    }

    pub fn categories(&self, page: u32) -> String {
        self.at(&format!(
            "categories?per_page=100&page={page}&hide_empty=true&_fields=id,slug,name,description,count"
        ))
    }

    pub fn tags(&self, page: u32) -> String {
        self.at(&format!(
            "tags?per_page=100&page={page}&hide_empty=true&orderby=count&order=desc&_fields=id,slug,name,description,count"
        ))
    }

    /// Users who have published posts (all WordPress shows without signing in).
    pub fn authors(&self, page: u32) -> String {
        self.at(&format!("users?per_page=100&page={page}&_fields=id,slug,name,description"))
    }

    /// The WordPress id of the category, tag or author a list names (themes are tags), for
    /// a term the site's navigation did not bring.
    pub fn term_id(&self, key: &ListKey) -> Option<String> {
        let (collection, slug) = match key {
            ListKey::Category(slug) => ("categories", slug),
            ListKey::Tag(slug) | ListKey::Theme(slug) => ("tags", slug),
            ListKey::Author(slug) => ("users", slug),
            ListKey::Home | ListKey::Month { .. } => return None,
        };
        Some(self.at(&format!("{collection}?slug={}&_fields=id", encode(slug))))
    }

    /// The cheapest request whose `X-WP-Total` is the number of posts.
    pub fn post_count(&self) -> String {
        self.at("posts?per_page=1&_fields=id")
    }
}

/// Percent-encodes a slug for a query string (WordPress slugs are usually already safe).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q() -> Query {
        Query::new("https://blog.example.gov.uk/wp-json/")
    }

    #[test]
    fn list_addresses_page_and_filter() {
        assert_eq!(
            q().posts(&ListFilter::All, 2, 5),
            "https://blog.example.gov.uk/wp-json/wp/v2/posts?_embed=author,wp:term&per_page=5&page=2"
        );
        let ids = |key: &ListKey| match key {
            ListKey::Category(s) if s == "strategy" => Some(3),
            ListKey::Theme(s) | ListKey::Tag(s) if s == "openness" => Some(5),
            ListKey::Author(_) => Some(1),
            _ => None,
        };
        let filter = |key| ListFilter::for_list(&key, ids);
        assert_eq!(filter(ListKey::Category("strategy".into())), Some(ListFilter::Category(3)));
        assert_eq!(filter(ListKey::Category("missing".into())), None);
        assert_eq!(filter(ListKey::Theme("openness".into())), Some(ListFilter::Tag(5)));
        assert!(q()
            .posts(&filter(ListKey::Author("head".into())).unwrap(), 1, 5)
            .ends_with("&page=1&author=1"));
    }

    #[test]
    fn a_month_is_the_posts_between_its_bounds() {
        let filter = ListFilter::for_list(&ListKey::Month { year: 2015, month: 12 }, |_| None);
        let url = q().posts(&filter.unwrap(), 1, 5);
        assert!(url.ends_with("&after=2015-11-30T23:59:59Z&before=2016-01-01T00:00:00Z"), "{url}");
        // A summer month starts at midnight British Summer Time, 23:00 UTC the day before.
        let filter = ListFilter::for_list(&ListKey::Month { year: 2015, month: 7 }, |_| None);
        let url = q().posts(&filter.unwrap(), 1, 5);
        assert!(url.ends_with("&after=2015-06-30T22:59:59Z&before=2015-07-31T23:00:00Z"), "{url}");
    }

    #[test]
    fn a_term_the_navigation_lacks_is_looked_up_by_slug() {
        let url = q().term_id(&ListKey::Theme("open data".into())).unwrap();
        assert!(url.ends_with("wp/v2/tags?slug=open%20data&_fields=id"), "{url}");
        assert!(q()
            .term_id(&ListKey::Author("head".into()))
            .unwrap()
            .contains("wp/v2/users?slug=head"));
        assert_eq!(q().term_id(&ListKey::Home), None);
        assert!(q().posts(&ListFilter::All, 1, 500).contains("per_page=100&"));
    }

    #[test]
    fn slugs_are_encoded() {
        assert!(q().post("a b&c").ends_with("&slug=a%20b%26c"));
        assert!(q().post("ok-slug_1").ends_with("&slug=ok-slug_1"));
    }

    #[test]
    fn neighbours_and_comments() {
        let date = Timestamp::parse("2015-03-10T09:30:00Z").unwrap();
        assert!(q()
            .neighbour(date, false)
            .contains("posts?before=2015-03-10T09:30:00Z&order=desc&per_page=1"));
        assert!(q().neighbour(date, true).contains("posts?after=2015-03-10T09:30:00Z&order=asc"));
        assert!(q()
            .comments(15, 2)
            .ends_with("comments?post=15&per_page=100&page=2&orderby=date_gmt&order=asc"));
        assert_eq!(
            Query::new("http://127.0.0.1:8091/wp-json").new_comment(),
            "http://127.0.0.1:8091/wp-json/wp/v2/comments"
        );
    }

    #[test]
    fn paging_headers() {
        assert_eq!(
            Paging::from_headers(Some("12"), Some("3"), 5),
            Paging { total: 12, total_pages: 3 }
        );
        assert_eq!(Paging::from_headers(None, None, 4), Paging { total: 4, total_pages: 1 });
        assert_eq!(Paging::from_headers(Some("x"), None, 0), Paging { total: 0, total_pages: 0 });
    }

    #[test]
    fn the_page_past_the_last_is_recognised() {
        let body = r#"{"code":"rest_post_invalid_page_number","message":"The page number requested is larger than the number of pages available.","data":{"status":400}}"#;
        assert!(is_past_last_page(400, body));
        assert!(!is_past_last_page(400, r#"{"code":"rest_invalid_param"}"#));
        assert!(!is_past_last_page(200, body));
    }
}
