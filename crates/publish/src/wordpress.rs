//! Publishing from WordPress: every page of the site's REST API read on the host, and turned
//! into the same content model `content/` gives, so the same pages, feeds, sitemap, search
//! index and offline list follow. Nothing is written until all of it has arrived: any
//! failure is a [`WordPressError`] naming the address and what was wrong.

mod fetch;
mod map;
mod since;

use std::fmt;

pub use fetch::Client;
pub use map::{site_from_answers, Answers};
pub use since::{ReadCounts, WordPressState};

use crate::content::SiteContent;
use crate::wordpress_api::{ListFilter, Query};

/// The environment variable holding `user:application-password`, for a WordPress whose API
/// needs signing in. Read from the environment only: never from a file, never printed.
pub const CREDENTIALS_VARIABLE: &str = "WORDPRESS_APP_PASSWORD";

/// What went wrong reading WordPress: the address asked for, and what it answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordPressError {
    pub url: String,
    pub problem: String,
}

impl fmt::Display for WordPressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.url, self.problem)
    }
}

/// `base` (read from `content/`, with `wordpress` set) completed from that WordPress site:
/// its users, categories, posts (with their authors and terms embedded) and comments, every
/// page of each. The published site reads these files, not the API: its `wordpress` setting
/// is cleared and kept in `read_from_wordpress` (the pages' images stay on WordPress).
pub fn load_wordpress(base: SiteContent, client: &Client) -> Result<SiteContent, WordPressError> {
    read_wordpress(base, client, None).map(|read| read.site)
}

/// A read of WordPress: the site it makes, the answers to keep for the next read, and what
/// was asked for.
pub struct WordPressRead {
    pub site: SiteContent,
    pub state: WordPressState,
    pub counts: ReadCounts,
}

/// As [`load_wordpress`]; given the `previous` read's state (of the same API), it asks only
/// for what changed since (see `since.rs`).
pub fn read_wordpress(
    base: SiteContent,
    client: &Client,
    previous: Option<WordPressState>,
) -> Result<WordPressRead, WordPressError> {
    let Some(api) = base.settings.wordpress_api() else {
        return Err(WordPressError {
            url: "content/site.toml".into(),
            problem: "has no `wordpress` address to publish from".into(),
        });
    };
    let query = Query::new(&api);
    let users = client.every_page(|page| query.authors(page))?;
    let categories = client.every_page(|page| query.categories(page))?;
    // A site has few pages: read whole every time.
    let pages = client.every_page(|page| {
        format!(
            "{api}wp/v2/pages?per_page=100&page={page}&orderby=id&order=asc\
             &_fields=id,slug,date_gmt,title,content,excerpt"
        )
    })?;
    let (state, counts) = since::read_posts_and_comments(
        client,
        &api,
        previous,
        // By id, not WordPress's default of date: paging through posts that share a date
        // (imported in bulk) may otherwise give one twice and another never.
        |page| format!("{}&orderby=id&order=asc", query.posts(&ListFilter::All, page, 100)),
        |page| {
            format!(
                "{api}wp/v2/comments?per_page=100&page={page}&orderby=id&order=asc\
                 &_fields=id,post,parent,author_name,date_gmt,content"
            )
        },
    )?;
    let answers = Answers {
        users,
        categories,
        posts: decoded(&api, "posts", newest_first(&state.posts))?,
        comments: decoded(&api, "comments", state.comments.values().collect())?,
        pages,
    };
    let mut site = site_from_answers(base, answers, &api)?;
    site.read_from_wordpress = site.settings.wordpress.take();
    let counts = ReadCounts { requests: client.requests(), ..counts };
    Ok(WordPressRead { site, state, counts })
}

/// Posts in the order WordPress lists them, newest first, whether they came in one read or
/// over several.
fn newest_first(
    posts: &std::collections::BTreeMap<u64, serde_json::Value>,
) -> Vec<&serde_json::Value> {
    let mut ordered: Vec<(&str, u64, &serde_json::Value)> = posts
        .iter()
        .map(|(id, post)| (post.get("date_gmt").and_then(|d| d.as_str()).unwrap_or(""), *id, post))
        .collect();
    ordered.sort_by(|a, b| (b.0, b.1).cmp(&(a.0, a.1)));
    ordered.into_iter().map(|(_, _, post)| post).collect()
}

/// Kept answers as the API's types; one that does not decode names its address.
fn decoded<T: serde::de::DeserializeOwned>(
    api: &str,
    collection: &str,
    answers: Vec<&serde_json::Value>,
) -> Result<Vec<T>, WordPressError> {
    answers
        .into_iter()
        .map(|answer| {
            T::deserialize(answer).map_err(|err| WordPressError {
                url: format!(
                    "{api}wp/v2/{collection}/{}",
                    answer.get("id").and_then(|id| id.as_u64()).unwrap_or_default()
                ),
                problem: format!("answered something this reader cannot read: {err}"),
            })
        })
        .collect()
}
