//! Everything wrong with the content, found in one pass, each said so that a writer can find
//! and fix it: the file, the line, the field, and what was expected.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::{Origin, SiteContent};
use crate::data_paths::FeedKey;
use crate::markdown::links_in;
use crate::model::BodyFormat;
use crate::routes::{post_href, Route, RESERVED_SLUGS};
use crate::slug::{is_slug, slugify};

mod posts;

use posts::{check_body, check_posts};

/// One thing wrong in the content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub origin: Origin,
    /// The field, such as `authors`, or what part of a file (`body`).
    pub field: String,
    pub message: String,
}

impl Problem {
    pub fn new(origin: Origin, field: impl Into<String>, message: impl Into<String>) -> Self {
        Problem { origin, field: field.into(), message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.origin.line {
            Some(line) => {
                write!(f, "{}:{line}: {}: {}", self.origin.file, self.field, self.message)
            }
            None => write!(f, "{}: {}: {}", self.origin.file, self.field, self.message),
        }
    }
}

/// Paths the publish step writes besides pages and feeds, which posts may link to.
const GENERATED_FILES: [&str; 2] = ["/sitemap.xml", "/robots.txt"];

/// Every problem in the content: references that do not resolve, slugs that are malformed or
/// taken twice, missing titles, internal links to nothing, images without alt text.
pub fn validate(content: &SiteContent) -> Vec<Problem> {
    let mut problems = Vec::new();
    let url = content.settings.url.as_deref().unwrap_or("");
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        problems.push(Problem::new(
            Origin::new("site.toml", None),
            "url",
            format!("{url:?} must be the site's public address, such as \"https://blog.example.gov.uk\": feeds, the sitemap and share links need it"),
        ));
    }
    if let Some(wordpress) = &content.settings.wordpress {
        if !(wordpress.starts_with("https://") || wordpress.starts_with("http://"))
            || wordpress.contains(char::is_whitespace)
        {
            problems.push(Problem::new(
                Origin::new("site.toml", None),
                "wordpress",
                format!("{wordpress:?} must be the WordPress site's address, such as \"https://blog.example.gov.uk\""),
            ));
        }
    }
    let known = Known::new(content);
    check_registers(content, &known, &mut problems);
    check_posts(content, &known, &mut problems);
    check_comments(content, &known, &mut problems);
    check_pages(content, &known, &mut problems);
    problems
}

/// The slugs of everything the site has.
struct Known<'a> {
    authors: Vec<&'a str>,
    categories: Vec<&'a str>,
    themes: Vec<&'a str>,
    projects: Vec<&'a str>,
    tags: HashSet<String>,
    pages: HashSet<&'a str>,
    /// Post permalinks, and the slugs posts use.
    permalinks: HashSet<String>,
    post_slugs: HashSet<&'a str>,
    months: HashSet<(i32, u8)>,
}

impl<'a> Known<'a> {
    fn new(content: &'a SiteContent) -> Self {
        Known {
            authors: content.authors.iter().map(|a| a.slug.as_str()).collect(),
            categories: content.categories.iter().map(|c| c.slug.as_str()).collect(),
            themes: content.themes.iter().map(|t| t.slug.as_str()).collect(),
            projects: content.projects.iter().map(|p| p.slug.as_str()).collect(),
            tags: content.posts.iter().flat_map(|p| p.tag_slug_list()).collect(),
            pages: content.pages.iter().map(|p| p.slug.as_str()).collect(),
            permalinks: content.posts.iter().map(|p| post_href(p.date, &p.slug)).collect(),
            post_slugs: content.posts.iter().map(|p| p.slug.as_str()).collect(),
            months: content.posts.iter().map(|p| (p.date.uk().year, p.date.uk().month)).collect(),
        }
    }

    /// Why a site path leads nowhere, or `None` when it leads to a page or file.
    fn broken(&self, content: &SiteContent, url: &str) -> Option<String> {
        let without_fragment = url.split('#').next().unwrap_or("");
        let (path, query) = without_fragment.split_once('?').unwrap_or((without_fragment, ""));
        if content.static_files.contains(path) || GENERATED_FILES.contains(&path) {
            return None;
        }
        if path.starts_with("/feeds/") {
            return match FeedKey::from_path(path) {
                Some(FeedKey::Blog) => None,
                Some(FeedKey::Category(slug)) if self.categories.contains(&slug.as_str()) => None,
                Some(FeedKey::Theme(slug)) if self.themes.contains(&slug.as_str()) => None,
                _ => Some("there is no feed at this address".into()),
            };
        }
        let missing = |kind: &str| Some(format!("there is no {kind} at this address"));
        match Route::parse(path, query) {
            Route::Home { .. }
            | Route::Archives
            | Route::Themes
            | Route::Projects(_)
            | Route::Offline
            | Route::Embed(_)
            | Route::Search { .. } => None,
            Route::Post { .. } if self.permalinks.contains(&Route::parse(path, "").href()) => None,
            Route::Post { .. } => missing("post"),
            Route::Category { slug, .. } if self.categories.contains(&slug.as_str()) => None,
            Route::Category { .. } => missing("category"),
            Route::Tag { slug, .. } if self.tags.contains(&slug) => None,
            Route::Tag { .. } => missing("tag"),
            Route::Author { slug, .. } if self.authors.contains(&slug.as_str()) => None,
            Route::Author { .. } => missing("author"),
            Route::Month { year, month, .. } if self.months.contains(&(year, month)) => None,
            Route::Month { .. } => Some("no post was published in that month".into()),
            Route::Theme { slug, .. } if self.themes.contains(&slug.as_str()) => None,
            Route::Theme { .. } => missing("theme"),
            Route::Project { slug } if self.projects.contains(&slug.as_str()) => None,
            Route::Project { .. } => missing("project"),
            Route::Page { slug } if self.pages.contains(slug.as_str()) => None,
            Route::Page { .. } | Route::NotFound => missing("page or file"),
        }
    }
}

/// `"nobody" is not in authors.toml (expected one of: a, b, c)`.
fn unknown(name: &str, file: &str, known: &[&str]) -> String {
    let mut choices: Vec<&str> = known.iter().take(12).copied().collect();
    if known.len() > choices.len() {
        choices.push("…");
    }
    format!("{name:?} is not in {file} (expected one of: {})", choices.join(", "))
}

fn check_slug(
    origin: &Origin,
    slug: &str,
    seen: &mut HashMap<String, Origin>,
    problems: &mut Vec<Problem>,
) {
    if !is_slug(slug) {
        problems.push(Problem::new(
            origin.clone(),
            "slug",
            format!(
                "{slug:?} must be letters, digits and hyphens, with no capital A to Z and no \
                 spaces, such as \"open-data\""
            ),
        ));
    }
    if let Some(first) = seen.get(slug) {
        let at =
            first.line.map(|l| format!("{}:{l}", first.file)).unwrap_or_else(|| first.file.clone());
        problems.push(Problem::new(
            origin.clone(),
            "slug",
            format!("{slug:?} is already used at {at}"),
        ));
    } else {
        seen.insert(slug.to_owned(), origin.clone());
    }
}

fn check_registers(content: &SiteContent, known: &Known<'_>, problems: &mut Vec<Problem>) {
    let mut seen = HashMap::new();
    for author in &content.authors {
        check_slug(&author.origin, &author.slug, &mut seen, problems);
    }
    let mut seen = HashMap::new();
    for category in &content.categories {
        check_slug(&category.origin, &category.slug, &mut seen, problems);
    }
    let mut seen = HashMap::new();
    for theme in &content.themes {
        check_slug(&theme.origin, &theme.slug, &mut seen, problems);
    }
    let mut seen = HashMap::new();
    for project in &content.projects {
        check_slug(&project.origin, &project.slug, &mut seen, problems);
        if !known.themes.contains(&project.theme.as_str()) {
            problems.push(Problem::new(
                project.origin.clone(),
                "theme",
                unknown(&project.theme, "themes.toml", &known.themes),
            ));
        }
        let url = project.url.trim().to_ascii_lowercase();
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            problems.push(Problem::new(
                project.origin.clone(),
                "url",
                format!("{:?} must be the project's web address, starting https://", project.url),
            ));
        }
    }
}

fn check_comments(content: &SiteContent, known: &Known<'_>, problems: &mut Vec<Problem>) {
    let mut ids: HashMap<u64, Origin> = HashMap::new();
    for (post, comments) in &content.comments {
        if !known.post_slugs.contains(post.as_str()) {
            let origin = comments.first().map(|c| c.origin.clone()).unwrap_or_default();
            problems.push(Problem::new(
                Origin::new(origin.file, None),
                "file name",
                format!("there is no post with the slug {post:?}"),
            ));
        }
        let on_post: HashSet<u64> = comments.iter().map(|c| c.id).collect();
        for comment in comments {
            if let Some(first) = ids.get(&comment.id) {
                let at = first
                    .line
                    .map(|l| format!("{}:{l}", first.file))
                    .unwrap_or_else(|| first.file.clone());
                problems.push(Problem::new(
                    comment.origin.clone(),
                    "id",
                    format!("comment id {} is already used at {at}", comment.id),
                ));
            } else {
                ids.insert(comment.id, comment.origin.clone());
            }
            if let Some(parent) = comment.parent {
                if !on_post.contains(&parent) || parent == comment.id {
                    problems.push(Problem::new(
                        comment.origin.clone(),
                        "parent",
                        format!("comment {} replies to {parent}, which is not another comment on this post", comment.id),
                    ));
                }
            }
        }
    }
}

fn check_pages(content: &SiteContent, known: &Known<'_>, problems: &mut Vec<Problem>) {
    let mut seen = HashMap::new();
    for page in &content.pages {
        let origin = Origin::new(&page.origin, None);
        if RESERVED_SLUGS.contains(&page.slug.as_str()) {
            problems.push(Problem::new(
                origin.clone(),
                "slug",
                format!("{:?} is taken by the site's own pages; choose another", page.slug),
            ));
        }
        check_slug(&origin, &page.slug, &mut seen, problems);
        // As for posts: WordPress's HTML was written elsewhere, and sanitised.
        if page.body_format == crate::model::BodyFormat::Markdown {
            check_body(content, known, &page.origin, page.body_line, &page.body, problems);
        }
    }
}

#[cfg(test)]
mod tests;
