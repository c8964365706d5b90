use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::feeds::{atom_feed, feed_specs};
use super::related::{related_posts, Facets};
use super::search_index::search_index;
use super::sitemap::{robots, sitemap};
use super::{excerpt, SiteContent, SourcePost};
use crate::data_paths::{self, ListKey};
use crate::model::{
    AuthorInfo, BodyFormat, Comment, CommentFile, ListPage, MonthCount, PageFile, PageLink, Post,
    PostFile, PostLink, PostSummary, Project, ProjectsFile, SiteFile, SiteFiles, SiteSettings,
    StaticPage, Term, TermInfo, ThemeInfo, SCHEMA_VERSION,
};

/// One file the publish step writes: its path under the site root, and its text.
mod lists;
mod posts;

use lists::write_lists;
use posts::{write_comments, write_posts};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub contents: String,
}

const EXCERPT_WORDS: usize = 45;
const RELATED_POSTS: usize = 3;
const PROJECT_POSTS: usize = 5;

/// Everything the publish step writes for a site whose content [`super::validate`] found no
/// problem in: the data files, the Atom feeds, `sitemap.xml` and `robots.txt`.
///
/// Every data file carries `"version"`, a hash of its content, so a cache can tell exactly
/// when it changed. The files `site.json` points to (projects, pages, the search index) are
/// also named by that hash, so a cache may keep them for ever. References that do not resolve
/// are dropped rather than failing here; validation is where they are reported.
pub fn build_site(content: &SiteContent) -> Vec<OutputFile> {
    let mut posts: Vec<&SourcePost> = content.posts.iter().collect();
    posts.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
    let names = Names::new(content);
    let summaries: Vec<PostSummary> = posts.iter().map(|p| names.summary(p, content)).collect();
    let mut files = Vec::new();

    write_lists(content, &posts, &summaries, &mut files);
    write_posts(content, &posts, &summaries, &names, &mut files);
    write_comments(content, &posts, &mut files);

    let mut named = SiteFiles::default();
    let projects =
        json_file(data_paths::projects(), &projects_file(content, &posts, &summaries, &names));
    named.projects = hashed(projects, &mut files);
    let excerpts: Vec<String> = summaries.iter().map(|s| s.excerpt.clone()).collect();
    let search = json_file(data_paths::search_index(), &search_index(content, &posts, &excerpts));
    // Not named by its content, unlike the files beside it: it indexes every post's body, so
    // any edit would change its name, and with it the site file that every pre-rendered page
    // embeds, and every page would be rendered again by an incremental publish. The search
    // page asks the server for it each session instead (the worker revalidates it).
    named.search = search.path.clone();
    files.push(search);
    for page in &content.pages {
        let body = PublishedBody::of(page.body_format, &page.body);
        let page = StaticPage {
            slug: page.slug.clone(),
            title: page.title.clone(),
            summary: page.summary.clone(),
            body: body.html,
            body_format: body.format,
        };
        let slug = page.slug.clone();
        let file = json_file(data_paths::page(&slug), &PageFile { schema: SCHEMA_VERSION, page });
        named.pages.insert(slug, hashed(file, &mut files));
    }

    let site_url = content.settings.url.clone().unwrap_or_default();
    for spec in feed_specs(content, &posts) {
        files.push(OutputFile {
            path: spec.key.path(),
            contents: atom_feed(content, &site_url, &spec),
        });
    }
    files.push(OutputFile {
        path: "sitemap.xml".into(),
        contents: sitemap(content, &site_url, &posts),
    });
    files.push(OutputFile { path: "robots.txt".into(), contents: robots(&site_url) });

    let mut site = site_file(content, &posts);
    site.files = named;
    files.push(json_file(data_paths::site(), &site));
    files
}

/// A body as its data file carries it. Markdown is rendered here, once, rather than in every
/// reader's browser: the renderer and its table of entity names were about an eighth of the
/// wasm (53 KB with brotli; docs/performance.md). Site paths stay as written (`/projects/`),
/// so one data file serves a site at any base; whoever shows the body puts the base in.
struct PublishedBody {
    html: String,
    format: BodyFormat,
    headings: Vec<crate::markdown::Heading>,
    word_count: usize,
}

impl PublishedBody {
    fn of(format: BodyFormat, body: &str) -> Self {
        match format {
            BodyFormat::Markdown => {
                let rendered = crate::markdown::render_markdown(body);
                PublishedBody {
                    html: rendered.html.into_string(),
                    format: BodyFormat::Rendered,
                    headings: rendered.headings,
                    word_count: rendered.word_count,
                }
            }
            format => {
                PublishedBody { html: body.to_owned(), format, headings: Vec::new(), word_count: 0 }
            }
        }
    }
}

/// A data file, stamped with `"version"`: the hash of its content without the stamp.
fn json_file<T: Serialize>(path: String, value: &T) -> OutputFile {
    let mut value = serde_json::to_value(value).expect("data files always serialise");
    let hash = content_hash([value.to_string().as_str()]);
    if let serde_json::Value::Object(map) = &mut value {
        map.insert("version".into(), serde_json::Value::String(hash));
    }
    OutputFile { path, contents: value.to_string() }
}

/// Renames a data file after its hash, adds it to `files`, and returns its new path.
fn hashed(mut file: OutputFile, files: &mut Vec<OutputFile>) -> String {
    file.path = data_paths::with_hash(&file.path, &content_hash([file.contents.as_str()]));
    let path = file.path.clone();
    files.push(file);
    path
}

/// 64-bit FNV-1a over the texts, as 16 hex digits: stable on every machine and release, and
/// plenty to tell versions of a file apart.
pub fn content_hash<T: AsRef<[u8]>>(texts: impl IntoIterator<Item = T>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for text in texts {
        for &byte in text.as_ref().iter().chain([&0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// Display names for the slugs posts refer to.
struct Names<'a> {
    authors: HashMap<&'a str, &'a str>,
    categories: HashMap<&'a str, &'a str>,
    themes: HashMap<&'a str, &'a str>,
    projects: HashMap<&'a str, &'a str>,
}

impl<'a> Names<'a> {
    fn new(content: &'a SiteContent) -> Self {
        Names {
            authors: content.authors.iter().map(|a| (a.slug.as_str(), a.name.as_str())).collect(),
            categories: content
                .categories
                .iter()
                .map(|c| (c.slug.as_str(), c.name.as_str()))
                .collect(),
            themes: content.themes.iter().map(|t| (t.slug.as_str(), t.name.as_str())).collect(),
            projects: content.projects.iter().map(|p| (p.slug.as_str(), p.name.as_str())).collect(),
        }
    }

    fn terms(names: &HashMap<&str, &str>, slugs: &[String]) -> Vec<Term> {
        slugs
            .iter()
            .filter_map(|slug| {
                names
                    .get(slug.as_str())
                    .map(|name| Term { slug: slug.clone(), name: (*name).to_owned() })
            })
            .collect()
    }

    fn summary(&self, post: &SourcePost, content: &SiteContent) -> PostSummary {
        PostSummary {
            slug: post.slug.clone(),
            title: post.title.clone(),
            date: post.date,
            authors: Self::terms(&self.authors, &post.authors),
            categories: Self::terms(&self.categories, &post.categories),
            excerpt: post_excerpt(post),
            comment_count: Some(content.comments.get(&post.slug).map_or(0, Vec::len) as u32),
        }
    }
}

fn post_excerpt(post: &SourcePost) -> String {
    match &post.summary {
        Some(summary) if !summary.trim().is_empty() => summary.trim().to_owned(),
        _ => excerpt::excerpt_of_text(&post.body_text(), EXCERPT_WORDS),
    }
}

fn projects_file(
    content: &SiteContent,
    posts: &[&SourcePost],
    summaries: &[PostSummary],
    names: &Names<'_>,
) -> ProjectsFile {
    let projects = content
        .projects
        .iter()
        .map(|p| Project {
            slug: p.slug.clone(),
            name: p.name.clone(),
            summary: p.summary.clone(),
            theme: Term {
                slug: p.theme.clone(),
                name: names
                    .themes
                    .get(p.theme.as_str())
                    .map_or_else(|| p.theme.clone(), |n| (*n).to_owned()),
            },
            phase: p.phase,
            team: p.team.clone(),
            url: p.url.clone(),
            description: p.description.clone(),
            posts: posts
                .iter()
                .enumerate()
                .filter(|(_, post)| post.projects.contains(&p.slug))
                .take(PROJECT_POSTS)
                .map(|(i, _)| PostLink::from(&summaries[i]))
                .collect(),
        })
        .collect();
    ProjectsFile { schema: SCHEMA_VERSION, projects }
}

fn site_file(content: &SiteContent, posts: &[&SourcePost]) -> SiteFile {
    let count =
        |pred: &dyn Fn(&SourcePost) -> bool| posts.iter().filter(|p| pred(p)).count() as u32;
    let mut tags: BTreeMap<String, TermInfo> = BTreeMap::new();
    let mut months: BTreeMap<(i32, u8), u32> = BTreeMap::new();
    for post in posts {
        for tag in post.tag_terms() {
            tags.entry(tag.slug.clone())
                .or_insert(TermInfo {
                    slug: tag.slug,
                    name: tag.name,
                    description: String::new(),
                    post_count: 0,
                })
                .post_count += 1;
        }
        let t = post.date.uk();
        *months.entry((t.year, t.month)).or_default() += 1;
    }
    // A site published from WordPress names it, so that the browser can refresh the pages
    // from it (`live_wordpress`); `settings.wordpress` itself stays cleared, so the pages
    // and data files are still read first.
    let site = SiteSettings {
        live_wordpress: content.read_from_wordpress.clone(),
        ..content.settings.clone()
    };
    SiteFile {
        schema: SCHEMA_VERSION,
        site,
        themes: content
            .themes
            .iter()
            .map(|t| ThemeInfo {
                slug: t.slug.clone(),
                name: t.name.clone(),
                meaning: t.meaning.clone(),
                description: t.description.clone(),
                post_count: count(&|p| p.themes.contains(&t.slug)),
                project_count: content.projects.iter().filter(|p| p.theme == t.slug).count() as u32,
            })
            .collect(),
        categories: content
            .categories
            .iter()
            .map(|c| TermInfo {
                slug: c.slug.clone(),
                name: c.name.clone(),
                description: c.description.clone(),
                post_count: count(&|p| p.categories.contains(&c.slug)),
            })
            .collect(),
        tags: tags.into_values().collect(),
        authors: content
            .authors
            .iter()
            .map(|a| AuthorInfo {
                slug: a.slug.clone(),
                name: a.name.clone(),
                bio: a.bio.clone(),
                post_count: count(&|p| p.authors.contains(&a.slug)),
            })
            .collect(),
        months: months
            .into_iter()
            .rev()
            .map(|((year, month), post_count)| MonthCount { year, month, post_count })
            .collect(),
        pages: content
            .pages
            .iter()
            .map(|p| PageLink { slug: p.slug.clone(), title: p.title.clone() })
            .collect(),
        post_count: posts.len() as u32,
        project_count: content.projects.len() as u32,
        posts_per_page: content.posts_per_page.max(1),
        files: SiteFiles::default(),
    }
}

#[cfg(test)]
mod tests;
