use serde::{Deserialize, Serialize};

/// The root of the REST API of the WordPress site at `site` (its address, as a setting gives
/// it), if it names one.
pub fn rest_api_of(site: &str) -> Option<String> {
    let site = site.trim().trim_end_matches('/');
    (!site.is_empty()).then(|| format!("{site}/wp-json/"))
}

impl SiteSettings {
    /// The root of the WordPress REST API (`https://blog.example.gov.uk/wp-json/`), when the
    /// site reads from WordPress.
    pub fn wordpress_api(&self) -> Option<String> {
        rest_api_of(self.wordpress.as_deref()?)
    }

    /// The root of the REST API of the WordPress site a published site was made from
    /// (`live_wordpress`), which the browser refreshes the pre-rendered pages from.
    pub fn live_wordpress_api(&self) -> Option<String> {
        rest_api_of(self.live_wordpress.as_deref()?)
    }

    /// The brand colour if it is a plain `#rrggbb` or `#rgb`, so it is safe in a stylesheet.
    pub fn brand_colour(&self) -> Option<&str> {
        let colour = self.brand_colour.as_deref()?;
        let hex = colour.strip_prefix('#')?;
        ((hex.len() == 6 || hex.len() == 3) && hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .then_some(colour)
    }
}

/// The blog's own settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteSettings {
    /// The blog's name, such as "Digital health".
    pub title: String,
    /// The department that runs it.
    pub department: String,
    /// One sentence, for the home page's description.
    pub description: String,
    #[serde(default = "default_language")]
    pub language: String,
    /// A `#rrggbb` colour for the department's stripe; GOV.UK blue if absent.
    #[serde(default)]
    pub brand_colour: Option<String>,
    /// The public address of the site (`https://blog.example.gov.uk`), for canonical and share
    /// links. Without it the app uses the address it is served from.
    #[serde(default)]
    pub url: Option<String>,
    /// Where the comment policy is: a path on this site or an http(s) address.
    #[serde(default)]
    pub comment_policy: Option<String>,
    /// Who readers write to.
    #[serde(default)]
    pub contact_email: Option<String>,
    /// The sites that may embed the blog's views (see `embed_origins`).
    #[serde(default)]
    pub embed_origins: Vec<String>,
    /// A WordPress site (`https://blog.example.gov.uk`) that posts, categories, tags, authors
    /// and comments come from, through its REST API. Without it they come from the data files.
    #[serde(default)]
    pub wordpress: Option<String>,
    /// Written by `publish --from-wordpress` only: the WordPress site (`https://blog.example.gov.uk`)
    /// the published files were read from. The pages and data files stand on their own; in
    /// the browser, each page shown from them is then refreshed from this site's REST API, and
    /// an address with no file of its own is read from it. Never set in `content/site.toml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live_wordpress: Option<String>,
}

fn default_language() -> String {
    "en-GB".to_owned()
}

/// Settings with nothing set but the language.
impl Default for SiteSettings {
    fn default() -> Self {
        SiteSettings {
            title: String::new(),
            department: String::new(),
            description: String::new(),
            language: default_language(),
            brand_colour: None,
            embed_origins: Vec::new(),
            url: None,
            comment_policy: None,
            contact_email: None,
            wordpress: None,
            live_wordpress: None,
        }
    }
}

/// A theme of the strategy, with what uses it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeInfo {
    pub slug: String,
    pub name: String,
    /// The one-line meaning, as the strategy puts it.
    pub meaning: String,
    /// Plain text.
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub post_count: u32,
    #[serde(default)]
    pub project_count: u32,
}

/// A category or tag, with how many posts it has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermInfo {
    pub slug: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub post_count: u32,
}

/// An author, named by role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorInfo {
    pub slug: String,
    pub name: String,
    #[serde(default)]
    pub bio: String,
    #[serde(default)]
    pub post_count: u32,
}

/// A month that has posts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthCount {
    pub year: i32,
    pub month: u8,
    pub post_count: u32,
}

/// A standalone page, for the footer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageLink {
    pub slug: String,
    pub title: String,
}

/// The files named by their content, which `site.json` points to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteFiles {
    pub projects: String,
    pub search: String,
    /// Each standalone page's file, by slug.
    #[serde(default)]
    pub pages: std::collections::BTreeMap<String, String>,
}

impl Default for SiteFiles {
    fn default() -> Self {
        SiteFiles {
            projects: "data/projects.json".to_owned(),
            search: "data/search.json".to_owned(),
            pages: Default::default(),
        }
    }
}

/// `data/site.json`: the settings, and the small indexes every page's navigation uses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteFile {
    pub schema: u32,
    pub site: SiteSettings,
    pub themes: Vec<ThemeInfo>,
    pub categories: Vec<TermInfo>,
    #[serde(default)]
    pub tags: Vec<TermInfo>,
    pub authors: Vec<AuthorInfo>,
    /// Newest first.
    pub months: Vec<MonthCount>,
    #[serde(default)]
    pub pages: Vec<PageLink>,
    pub post_count: u32,
    pub project_count: u32,
    /// How many posts a page of a list shows.
    pub posts_per_page: u32,
    #[serde(default)]
    pub files: SiteFiles,
}

impl super::DataFile for SiteFile {
    fn schema(&self) -> u32 {
        self.schema
    }
}

impl SiteFile {
    pub fn theme(&self, slug: &str) -> Option<&ThemeInfo> {
        self.themes.iter().find(|t| t.slug == slug)
    }

    pub fn category(&self, slug: &str) -> Option<&TermInfo> {
        self.categories.iter().find(|t| t.slug == slug)
    }

    pub fn tag(&self, slug: &str) -> Option<&TermInfo> {
        self.tags.iter().find(|t| t.slug == slug)
    }

    pub fn author(&self, slug: &str) -> Option<&AuthorInfo> {
        self.authors.iter().find(|t| t.slug == slug)
    }

    pub fn month(&self, year: i32, month: u8) -> Option<&MonthCount> {
        self.months.iter().find(|m| m.year == year && m.month == month)
    }

    /// The brand colour if it is a plain `#rrggbb` or `#rgb`.
    pub fn brand_colour(&self) -> Option<&str> {
        self.site.brand_colour()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::decode_data_file;

    fn site(brand: &str) -> SiteFile {
        decode_data_file(&format!(
            r#"{{"schema":1,"site":{{"title":"T","department":"D","description":"d",
                "brand_colour":{brand}}},"themes":[],"categories":[],"authors":[],"months":[],
                "post_count":0,"project_count":0,"posts_per_page":10}}"#
        ))
        .unwrap()
    }

    #[test]
    fn only_a_hex_brand_colour_is_used() {
        assert_eq!(site(r##""#00ad93""##).brand_colour(), Some("#00ad93"));
        assert_eq!(site(r##""#0af""##).brand_colour(), Some("#0af"));
        assert_eq!(site(r#""red; background: url(x)""#).brand_colour(), None);
        assert_eq!(site(r##""#00ad93;x""##).brand_colour(), None);
        assert_eq!(site("null").brand_colour(), None);
    }

    #[test]
    fn language_defaults_to_british_english() {
        assert_eq!(site("null").site.language, "en-GB");
    }
}
