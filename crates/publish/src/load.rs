use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Deserialize;
use toml::Spanned;

use super::split_front_matter;
use crate::content::{
    Government, Origin, Problem, SiteContent, SourceAuthor, SourceCategory, SourceComment,
    SourcePage, SourcePost, SourceProject, SourceTheme,
};
use crate::model::{BodyFormat, Phase, SiteSettings, Timestamp};

mod read;

use read::*;

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
    #[serde(default)]
    embed_origins: Vec<String>,
    #[serde(default)]
    wordpress: Option<String>,
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
#[serde(deny_unknown_fields)]
struct AuthorsToml {
    #[serde(default)]
    author: Vec<AuthorToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AuthorToml {
    slug: Spanned<String>,
    name: String,
    #[serde(default)]
    bio: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoriesToml {
    #[serde(default)]
    category: Vec<CategoryToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryToml {
    slug: Spanned<String>,
    name: String,
    #[serde(default)]
    description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemesToml {
    #[serde(default)]
    theme: Vec<ThemeToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeToml {
    slug: Spanned<String>,
    name: String,
    meaning: String,
    #[serde(default)]
    description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProjectsToml {
    #[serde(default)]
    project: Vec<ProjectToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProjectToml {
    slug: Spanned<String>,
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
    title: Spanned<String>,
    date: Spanned<Timestamp>,
    #[serde(default)]
    slug: Option<Spanned<String>>,
    authors: Spanned<Vec<String>>,
    #[serde(default)]
    categories: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    tags: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    themes: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    projects: Option<Spanned<Vec<String>>>,
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
#[serde(deny_unknown_fields)]
struct CommentsToml {
    #[serde(default)]
    comment: Vec<CommentToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommentToml {
    id: Spanned<u64>,
    #[serde(default)]
    parent: Option<u64>,
    author: String,
    date: Timestamp,
    body: String,
}

/// A text whose byte offsets become line numbers, starting at `first_line`.
struct Lines {
    text: String,
    first_line: usize,
}

impl Lines {
    fn at(&self, offset: usize) -> usize {
        self.first_line + self.text[..offset.min(self.text.len())].matches('\n').count()
    }
}

/// Reads a content folder: `site.toml`, `authors.toml`, `categories.toml`, `themes.toml`,
/// `projects.toml`, `posts/*.md`, `comments/*.toml` and `pages/*.md`; and, when given,
/// the folder of files served as they are (`public/`), so posts may link to them.
///
/// Every file is read even after a problem, so one run reports them all.
pub fn load_content(dir: &Path, public: Option<&Path>) -> Result<SiteContent, Vec<Problem>> {
    let mut problems = Vec::new();
    let name = |file: &str| dir.join(file);
    let site: Option<(SiteToml, _)> = read_toml(&name("site.toml"), &mut problems);
    let authors: Option<(AuthorsToml, _)> = read_toml(&name("authors.toml"), &mut problems);
    let categories: Option<(CategoriesToml, _)> =
        read_toml(&name("categories.toml"), &mut problems);
    let themes: Option<(ThemesToml, _)> = read_toml(&name("themes.toml"), &mut problems);
    let projects: Option<(ProjectsToml, _)> = read_toml(&name("projects.toml"), &mut problems);

    let posts = files_with_extension(&dir.join("posts"), "md", &mut problems)
        .iter()
        .filter_map(|path| read_post(path, &mut problems))
        .collect();
    let mut comments = BTreeMap::new();
    for path in files_with_extension(&dir.join("comments"), "toml", &mut problems) {
        let Some((file, lines)) = read_toml::<CommentsToml>(&path, &mut problems) else { continue };
        let list = file
            .comment
            .into_iter()
            .map(|c| SourceComment {
                origin: Origin::new(display(&path), Some(lines.at(c.id.span().start))),
                id: c.id.into_inner(),
                parent: c.parent,
                author: c.author,
                date: c.date,
                body: c.body,
            })
            .collect();
        comments.insert(file_stem(&path), list);
    }
    let pages = files_with_extension(&dir.join("pages"), "md", &mut problems)
        .iter()
        .filter_map(|path| read_page(path, &mut problems))
        .collect();
    let static_files = public.map(static_files).unwrap_or_default();

    let (Some((site, _)), Some(authors), Some(categories), Some(themes), Some(projects)) =
        (site, authors, categories, themes, projects)
    else {
        return Err(problems);
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let origin = |file: &str, lines: &Lines, slug: &Spanned<String>| {
        Origin::new(display(&name(file)), Some(lines.at(slug.span().start)))
    };
    let (authors, author_lines) = authors;
    let (categories, category_lines) = categories;
    let (themes, theme_lines) = themes;
    let (projects, project_lines) = projects;
    Ok(SiteContent {
        settings: SiteSettings {
            title: site.title,
            department: site.department,
            description: site.description,
            language: site.language.unwrap_or_else(|| "en-GB".to_owned()),
            brand_colour: site.brand_colour,
            embed_origins: site.embed_origins,
            url: site.url.filter(|u| !u.is_empty()).map(|u| u.trim_end_matches('/').to_owned()),
            comment_policy: site.comment_policy,
            contact_email: site.contact_email,
            wordpress: site
                .wordpress
                .filter(|u| !u.trim().is_empty())
                .map(|u| u.trim().trim_end_matches('/').to_owned()),
            // Only publishing from WordPress names the site it read (content::build).
            live_wordpress: None,
        },
        posts_per_page: site.posts_per_page,
        governments: site
            .government
            .into_iter()
            .map(|g| Government { name: g.name, from: g.from })
            .collect(),
        authors: authors
            .author
            .into_iter()
            .map(|a| SourceAuthor {
                origin: origin("authors.toml", &author_lines, &a.slug),
                slug: a.slug.into_inner(),
                name: a.name,
                bio: a.bio,
            })
            .collect(),
        categories: categories
            .category
            .into_iter()
            .map(|c| SourceCategory {
                origin: origin("categories.toml", &category_lines, &c.slug),
                slug: c.slug.into_inner(),
                name: c.name,
                description: c.description,
            })
            .collect(),
        themes: themes
            .theme
            .into_iter()
            .map(|t| SourceTheme {
                origin: origin("themes.toml", &theme_lines, &t.slug),
                slug: t.slug.into_inner(),
                name: t.name,
                meaning: t.meaning,
                description: t.description,
            })
            .collect(),
        projects: projects
            .project
            .into_iter()
            .map(|p| SourceProject {
                origin: origin("projects.toml", &project_lines, &p.slug),
                slug: p.slug.into_inner(),
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
        static_files,
        read_from_wordpress: None,
    })
}
