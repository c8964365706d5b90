use std::collections::{BTreeMap, BTreeSet};

use crate::markdown::slugify;
use crate::model::{BodyFormat, Phase, SiteSettings, Term, Timestamp};

/// Everything the site publishes, as writers keep it: references by slug, bodies in Markdown.
#[derive(Clone, Debug, Default)]
pub struct SiteContent {
    pub settings: SiteSettings,
    /// How many posts a page of a list shows.
    pub posts_per_page: u32,
    /// Oldest first.
    pub governments: Vec<Government>,
    pub authors: Vec<SourceAuthor>,
    pub categories: Vec<SourceCategory>,
    pub themes: Vec<SourceTheme>,
    pub projects: Vec<SourceProject>,
    pub posts: Vec<SourcePost>,
    /// Each post's comments, by post slug, oldest first.
    pub comments: BTreeMap<String, Vec<SourceComment>>,
    pub pages: Vec<SourcePage>,
    /// Files served as they are (`/images/chart.svg`), which posts may link to.
    pub static_files: BTreeSet<String>,
    /// The WordPress site the posts were read from, when they were: the published files
    /// stand on their own (`settings.wordpress` is cleared), but the posts' images stay
    /// there, so the Content-Security-Policy allows its origin.
    pub read_from_wordpress: Option<String>,
}

/// Where something was written: a file, and the line in it when known.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub line: Option<usize>,
}

impl Origin {
    pub fn new(file: impl Into<String>, line: Option<usize>) -> Self {
        Origin { file: file.into(), line }
    }
}

/// A government and the day it took office; it is in office until the next one's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Government {
    pub name: String,
    pub from: Timestamp,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceAuthor {
    pub origin: Origin,
    pub slug: String,
    pub name: String,
    pub bio: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceCategory {
    pub origin: Origin,
    pub slug: String,
    pub name: String,
    pub description: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceTheme {
    pub origin: Origin,
    pub slug: String,
    pub name: String,
    pub meaning: String,
    pub description: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceProject {
    pub origin: Origin,
    pub slug: String,
    pub name: String,
    pub summary: String,
    /// A theme slug.
    pub theme: String,
    pub phase: Phase,
    pub team: String,
    pub url: String,
    pub description: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourcePost {
    /// The file the post came from, for messages.
    pub origin: String,
    /// The line of each front-matter field (`authors`, `date`), for messages.
    pub lines: BTreeMap<String, usize>,
    /// The line the Markdown body starts on.
    pub body_line: usize,
    pub slug: String,
    pub title: String,
    pub date: Timestamp,
    /// Author slugs.
    pub authors: Vec<String>,
    /// Category slugs.
    pub categories: Vec<String>,
    /// Tag names; each tag's slug is made from its name unless `tag_slugs` gives it.
    pub tags: Vec<String>,
    /// The slug of each tag in `tags`, in order, when the source keeps its own (WordPress:
    /// old addresses keep working); empty when each is made from its name.
    pub tag_slugs: Vec<String>,
    /// Theme slugs.
    pub themes: Vec<String>,
    /// Project slugs.
    pub projects: Vec<String>,
    pub comments_open: bool,
    /// Plain text for lists and previews; made from the body when absent.
    pub summary: Option<String>,
    /// Overrides the government worked out from the date.
    pub previous_government: Option<String>,
    pub body: String,
    /// Markdown from `content/`; HTML from WordPress, already sanitised to the allowlist.
    pub body_format: BodyFormat,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceComment {
    pub origin: Origin,
    pub id: u64,
    pub parent: Option<u64>,
    pub author: String,
    pub date: Timestamp,
    pub body: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourcePage {
    pub origin: String,
    /// The line the Markdown body starts on.
    pub body_line: usize,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    /// Markdown from `content/pages/`; HTML from WordPress's pages.
    pub body_format: BodyFormat,
}

impl SourcePost {
    /// Where a front-matter field was written.
    pub fn origin_of(&self, field: &str) -> Origin {
        Origin::new(&self.origin, self.lines.get(field).copied())
    }

    /// The post's tags with their slugs, each once; a tag with no slug has no page and is
    /// left out (validation reports it).
    pub fn tag_terms(&self) -> Vec<Term> {
        let mut terms: Vec<Term> = Vec::new();
        for (i, name) in self.tags.iter().enumerate() {
            let slug = self.tag_slugs.get(i).cloned().unwrap_or_else(|| slugify(name));
            if !slug.is_empty() && !terms.iter().any(|t| t.slug == slug) {
                terms.push(Term { slug, name: name.trim().to_owned() });
            }
        }
        terms
    }

    /// The post's tag slugs, each once.
    pub fn tag_slug_list(&self) -> Vec<String> {
        self.tag_terms().into_iter().map(|t| t.slug).collect()
    }

    /// The body's words without markup, paragraphs apart: for excerpts and the search index.
    pub fn body_text(&self) -> String {
        match self.body_format {
            BodyFormat::Markdown => super::plain_text(&self.body),
            BodyFormat::Html | BodyFormat::Rendered => {
                strategy_blog::wordpress::html_to_text(&self.body)
            }
        }
    }
}

impl SiteContent {
    /// The government in office at `date`, if it is not the current one.
    pub fn previous_government_at(&self, date: Timestamp) -> Option<&str> {
        let index = self.governments.iter().rposition(|g| g.from <= date)?;
        (index + 1 < self.governments.len()).then(|| self.governments[index].name.as_str())
    }
}
