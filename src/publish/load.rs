use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::split_front_matter;
use crate::content::{
    Government, SiteContent, SourceAuthor, SourceCategory, SourceComment, SourcePage, SourcePost,
    SourceProject, SourceTheme,
};
use crate::model::{Phase, SiteSettings, Timestamp};

/// A file that could not be read as content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadProblem {
    pub file: PathBuf,
    pub message: String,
}

impl fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.message)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteToml {
    title: String,
    department: String,
    description: String,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    brand_colour: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    comment_policy: Option<String>,
    #[serde(default)]
    contact_email: Option<String>,
    #[serde(default = "default_posts_per_page")]
    posts_per_page: u32,
    #[serde(default)]
    government: Vec<GovernmentToml>,
}

fn default_posts_per_page() -> u32 {
    10
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GovernmentToml {
    name: String,
    from: Timestamp,
}

#[derive(Deserialize)]
struct AuthorsToml {
    #[serde(default)]
    author: Vec<AuthorToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AuthorToml {
    slug: String,
    name: String,
    #[serde(default)]
    bio: String,
}

#[derive(Deserialize)]
struct CategoriesToml {
    #[serde(default)]
    category: Vec<CategoryToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryToml {
    slug: String,
    name: String,
    #[serde(default)]
    description: String,
}

#[derive(Deserialize)]
struct ThemesToml {
    #[serde(default)]
    theme: Vec<ThemeToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeToml {
    slug: String,
    name: String,
    meaning: String,
    #[serde(default)]
    description: String,
}

#[derive(Deserialize)]
struct ProjectsToml {
    #[serde(default)]
    project: Vec<ProjectToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProjectToml {
    slug: String,
    name: String,
    summary: String,
    theme: String,
    phase: Phase,
    team: String,
    url: String,
    #[serde(default)]
    description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PostFrontMatter {
    title: String,
    date: Timestamp,
    #[serde(default)]
    slug: Option<String>,
    authors: Vec<String>,
    #[serde(default)]
    categories: Vec<String>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    themes: Vec<String>,
    #[serde(default)]
    projects: Vec<String>,
    #[serde(default)]
    comments_open: bool,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    previous_government: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PageFrontMatter {
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    slug: Option<String>,
}

#[derive(Deserialize)]
struct CommentsToml {
    #[serde(default)]
    comment: Vec<CommentToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommentToml {
    id: u64,
    #[serde(default)]
    parent: Option<u64>,
    author: String,
    date: Timestamp,
    body: String,
}

/// Reads a content folder: `site.toml`, `authors.toml`, `categories.toml`, `themes.toml`,
/// `projects.toml`, `posts/*.md`, `comments/*.toml` and `pages/*.md`.
///
/// Every file is read even after a problem, so one run reports them all.
pub fn load_content(dir: &Path) -> Result<SiteContent, Vec<LoadProblem>> {
    let mut problems = Vec::new();
    let site: Option<SiteToml> = read_toml(&dir.join("site.toml"), &mut problems);
    let authors: Option<AuthorsToml> = read_toml(&dir.join("authors.toml"), &mut problems);
    let categories: Option<CategoriesToml> = read_toml(&dir.join("categories.toml"), &mut problems);
    let themes: Option<ThemesToml> = read_toml(&dir.join("themes.toml"), &mut problems);
    let projects: Option<ProjectsToml> = read_toml(&dir.join("projects.toml"), &mut problems);

    let mut posts = Vec::new();
    for path in files_with_extension(&dir.join("posts"), "md", &mut problems) {
        if let Some(post) = read_post(&path, &mut problems) {
            posts.push(post);
        }
    }
    let mut comments = BTreeMap::new();
    for path in files_with_extension(&dir.join("comments"), "toml", &mut problems) {
        let Some(file) = read_toml::<CommentsToml>(&path, &mut problems) else {
            continue;
        };
        let post = file_stem(&path);
        let list = file
            .comment
            .into_iter()
            .map(|c| SourceComment {
                id: c.id,
                parent: c.parent,
                author: c.author,
                date: c.date,
                body: c.body,
            })
            .collect();
        comments.insert(post, list);
    }
    let mut pages = Vec::new();
    for path in files_with_extension(&dir.join("pages"), "md", &mut problems) {
        if let Some(page) = read_page(&path, &mut problems) {
            pages.push(page);
        }
    }

    let (Some(site), Some(authors), Some(categories), Some(themes), Some(projects)) =
        (site, authors, categories, themes, projects)
    else {
        return Err(problems);
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(SiteContent {
        settings: SiteSettings {
            title: site.title,
            department: site.department,
            description: site.description,
            language: site.language.unwrap_or_else(|| "en-GB".to_owned()),
            brand_colour: site.brand_colour,
            url: site.url.filter(|u| !u.is_empty()),
            comment_policy: site.comment_policy,
            contact_email: site.contact_email,
        },
        posts_per_page: site.posts_per_page,
        governments: site
            .government
            .into_iter()
            .map(|g| Government {
                name: g.name,
                from: g.from,
            })
            .collect(),
        authors: authors
            .author
            .into_iter()
            .map(|a| SourceAuthor {
                slug: a.slug,
                name: a.name,
                bio: a.bio,
            })
            .collect(),
        categories: categories
            .category
            .into_iter()
            .map(|c| SourceCategory {
                slug: c.slug,
                name: c.name,
                description: c.description,
            })
            .collect(),
        themes: themes
            .theme
            .into_iter()
            .map(|t| SourceTheme {
                slug: t.slug,
                name: t.name,
                meaning: t.meaning,
                description: t.description,
            })
            .collect(),
        projects: projects
            .project
            .into_iter()
            .map(|p| SourceProject {
                slug: p.slug,
                name: p.name,
                summary: p.summary,
                theme: p.theme,
                phase: p.phase,
                team: p.team,
                url: p.url,
                description: p.description,
            })
            .collect(),
        posts,
        comments,
        pages,
    })
}

fn read_text(path: &Path, problems: &mut Vec<LoadProblem>) -> Option<String> {
    fs::read_to_string(path)
        .map_err(|err| {
            problems.push(LoadProblem {
                file: path.to_owned(),
                message: format!("cannot be read: {err}"),
            })
        })
        .ok()
}

fn parse_toml<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    problems: &mut Vec<LoadProblem>,
) -> Option<T> {
    toml::from_str(text)
        .map_err(|err| {
            problems.push(LoadProblem {
                file: path.to_owned(),
                message: err.to_string(),
            })
        })
        .ok()
}

fn read_toml<T: DeserializeOwned>(path: &Path, problems: &mut Vec<LoadProblem>) -> Option<T> {
    let text = read_text(path, problems)?;
    parse_toml(path, &text, problems)
}

/// A Markdown file's front matter, decoded, and its body.
fn read_front_matter<T: DeserializeOwned>(
    path: &Path,
    problems: &mut Vec<LoadProblem>,
) -> Option<(T, String)> {
    let text = read_text(path, problems)?;
    let Some((front, body)) = split_front_matter(&text) else {
        problems.push(LoadProblem {
            file: path.to_owned(),
            message: "must start with front matter between two lines of +++".into(),
        });
        return None;
    };
    let front = parse_toml(path, front, problems)?;
    Some((front, body.to_owned()))
}

fn read_post(path: &Path, problems: &mut Vec<LoadProblem>) -> Option<SourcePost> {
    let (front, body): (PostFrontMatter, String) = read_front_matter(path, problems)?;
    let stem = file_stem(path);
    // `2014-10-10-an-update.md`: the date prefix keeps files in order; the rest is the slug.
    let default_slug = match stem.get(..11) {
        Some(prefix) if Timestamp::parse(&prefix[..10]).is_ok() && prefix.ends_with('-') => {
            stem[11..].to_owned()
        }
        _ => stem.clone(),
    };
    Some(SourcePost {
        origin: path.display().to_string(),
        slug: front.slug.unwrap_or(default_slug),
        title: front.title,
        date: front.date,
        authors: front.authors,
        categories: front.categories,
        tags: front.tags,
        themes: front.themes,
        projects: front.projects,
        comments_open: front.comments_open,
        summary: front.summary,
        previous_government: front.previous_government,
        body,
    })
}

fn read_page(path: &Path, problems: &mut Vec<LoadProblem>) -> Option<SourcePage> {
    let (front, body): (PageFrontMatter, String) = read_front_matter(path, problems)?;
    Some(SourcePage {
        origin: path.display().to_string(),
        slug: front.slug.unwrap_or_else(|| file_stem(path)),
        title: front.title,
        summary: front.summary,
        body,
    })
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The files in `dir` ending in `.{extension}`, sorted by name. A missing folder has none.
fn files_with_extension(
    dir: &Path,
    extension: &str,
    problems: &mut Vec<LoadProblem>,
) -> Vec<PathBuf> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
        Err(err) => {
            problems.push(LoadProblem {
                file: dir.to_owned(),
                message: format!("cannot be read: {err}"),
            });
            return Vec::new();
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    files
}
