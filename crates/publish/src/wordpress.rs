//! Publishing from WordPress: every page of the site's REST API read on the host, and turned
//! into the same content model `content/` gives, so the same pages, feeds, sitemap, search
//! index and offline list follow. Nothing is written until all of it has arrived: any
//! failure is a [`WordPressError`] naming the address and what was wrong.

mod fetch;
mod map;

use std::fmt;

pub use fetch::Client;
pub use map::{site_from_answers, Answers};

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
    let Some(api) = base.settings.wordpress_api() else {
        return Err(WordPressError {
            url: "content/site.toml".into(),
            problem: "has no `wordpress` address to publish from".into(),
        });
    };
    let query = Query::new(&api);
    let answers = Answers {
        users: client.every_page(|page| query.authors(page))?,
        categories: client.every_page(|page| query.categories(page))?,
        posts: client.every_page(|page| query.posts(&ListFilter::All, page, 100))?,
        comments: client.every_page(|page| {
            format!(
                "{api}wp/v2/comments?per_page=100&page={page}&orderby=id&order=asc\
                 &_fields=id,post,parent,author_name,date_gmt,content"
            )
        })?,
    };
    let mut site = site_from_answers(base, answers, &api)?;
    site.read_from_wordpress = site.settings.wordpress.take();
    Ok(site)
}
