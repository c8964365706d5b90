//! The search index for the whole site: themes, projects and posts.

use super::{SiteContent, SourcePost};
use crate::model::SCHEMA_VERSION;
use crate::routes::{post_href, Route};
use crate::search::{DocKind, IndexBuilder, SearchDoc, SearchIndexFile};

/// Indexes titles; then names and tags (a post's categories, themes, projects and authors, a
/// project's theme and team); then summaries, meanings, descriptions and post bodies. Results show a summary, not the body, which keeps the index small.
pub fn search_index(
    content: &SiteContent,
    posts: &[&SourcePost],
    excerpts: &[String],
) -> SearchIndexFile {
    let mut builder = IndexBuilder::default();
    for theme in &content.themes {
        builder.add(
            SearchDoc {
                kind: DocKind::Theme,
                title: theme.name.clone(),
                path: Route::Theme { slug: theme.slug.clone(), page: 1 }.href(),
                date: String::new(),
                text: theme.meaning.clone(),
            },
            "",
            &format!("{} {}", theme.meaning, theme.description),
        );
    }
    let theme_name = |slug: &str| {
        content.themes.iter().find(|t| t.slug == slug).map(|t| t.name.clone()).unwrap_or_default()
    };
    for project in &content.projects {
        builder.add(
            SearchDoc {
                kind: DocKind::Project,
                title: project.name.clone(),
                path: Route::Project { slug: project.slug.clone() }.href(),
                date: String::new(),
                text: project.summary.clone(),
            },
            &format!("{} {}", theme_name(&project.theme), project.team),
            &format!("{} {}", project.summary, project.description),
        );
    }
    let names = |slugs: &[String], list: &dyn Fn(&str) -> Option<String>| {
        slugs.iter().filter_map(|s| list(s)).collect::<Vec<_>>().join(" ")
    };
    let author = |s: &str| content.authors.iter().find(|a| a.slug == s).map(|a| a.name.clone());
    let category =
        |s: &str| content.categories.iter().find(|c| c.slug == s).map(|c| c.name.clone());
    let theme = |s: &str| content.themes.iter().find(|t| t.slug == s).map(|t| t.name.clone());
    let project = |s: &str| content.projects.iter().find(|p| p.slug == s).map(|p| p.name.clone());
    for (post, excerpt) in posts.iter().zip(excerpts) {
        let names = format!(
            "{} {} {} {} {}",
            post.tags.join(" "),
            names(&post.categories, &category),
            names(&post.themes, &theme),
            names(&post.projects, &project),
            names(&post.authors, &author),
        );
        builder.add(
            SearchDoc {
                kind: DocKind::Post,
                title: post.title.clone(),
                path: post_href(post.date, &post.slug),
                date: post.date.human_date(),
                text: excerpt.clone(),
            },
            &names,
            &format!("{excerpt} {}", post.body_text()),
        );
    }
    builder.finish(SCHEMA_VERSION)
}
