use std::collections::{HashMap, HashSet};
use std::fmt;

use super::SiteContent;
use crate::routes::{is_slug, RESERVED_SLUGS};

/// Something wrong in the content, said so that a writer can find and fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file, such as `content/posts/2014-10-10-an-update.md`.
    pub origin: String,
    /// The field, such as `authors`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: `{}`: {}", self.origin, self.field, self.message)
    }
}

/// Every reference that does not resolve and every slug that is malformed or taken twice.
pub fn validate(content: &SiteContent) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |origin: &str, field: &str, message: String| {
        problems.push(Problem {
            origin: origin.to_owned(),
            field: field.to_owned(),
            message,
        })
    };

    let authors: HashSet<&str> = content.authors.iter().map(|a| a.slug.as_str()).collect();
    let categories: HashSet<&str> = content.categories.iter().map(|c| c.slug.as_str()).collect();
    let themes: HashSet<&str> = content.themes.iter().map(|t| t.slug.as_str()).collect();
    let projects: HashSet<&str> = content.projects.iter().map(|p| p.slug.as_str()).collect();

    for (kind, slugs) in [
        (
            "authors",
            content
                .authors
                .iter()
                .map(|a| a.slug.as_str())
                .collect::<Vec<_>>(),
        ),
        (
            "categories",
            content.categories.iter().map(|c| c.slug.as_str()).collect(),
        ),
        (
            "themes",
            content.themes.iter().map(|t| t.slug.as_str()).collect(),
        ),
        (
            "projects",
            content.projects.iter().map(|p| p.slug.as_str()).collect(),
        ),
    ] {
        let origin = format!("{kind} file");
        let mut seen = HashSet::new();
        for slug in slugs {
            if !is_slug(slug) {
                problem(
                    &origin,
                    "slug",
                    format!("{slug:?} must be lower-case letters, digits and hyphens"),
                );
            }
            if !seen.insert(slug) {
                problem(&origin, "slug", format!("{slug:?} is used twice"));
            }
        }
    }

    for project in &content.projects {
        if !themes.contains(project.theme.as_str()) {
            problem(
                "projects file",
                "theme",
                format!(
                    "project {:?} names unknown theme {:?}",
                    project.slug, project.theme
                ),
            );
        }
    }

    let mut post_slugs: HashMap<&str, &str> = HashMap::new();
    for post in &content.posts {
        let origin = post.origin.as_str();
        if !is_slug(&post.slug) {
            problem(
                origin,
                "slug",
                format!(
                    "{:?} must be lower-case letters, digits and hyphens",
                    post.slug
                ),
            );
        }
        if let Some(other) = post_slugs.insert(&post.slug, origin) {
            problem(
                origin,
                "slug",
                format!("{:?} is also the slug of {other}", post.slug),
            );
        }
        if post.title.trim().is_empty() {
            problem(origin, "title", "a post needs a title".into());
        }
        if post.authors.is_empty() {
            problem(origin, "authors", "a post needs at least one author".into());
        }
        for (field, names, known) in [
            ("authors", &post.authors, &authors),
            ("categories", &post.categories, &categories),
            ("themes", &post.themes, &themes),
            ("projects", &post.projects, &projects),
        ] {
            for name in names {
                if !known.contains(name.as_str()) {
                    problem(
                        origin,
                        field,
                        format!("{name:?} is not one of the site's {field}"),
                    );
                }
            }
        }
    }

    let mut comment_ids = HashSet::new();
    for (post, comments) in &content.comments {
        let origin = format!("comments for {post}");
        if !post_slugs.contains_key(post.as_str()) {
            problem(&origin, "post", format!("there is no post {post:?}"));
        }
        let ids: HashSet<u64> = comments.iter().map(|c| c.id).collect();
        for comment in comments {
            if !comment_ids.insert(comment.id) {
                problem(
                    &origin,
                    "id",
                    format!("comment id {} is used twice", comment.id),
                );
            }
            if let Some(parent) = comment.parent {
                if !ids.contains(&parent) || parent == comment.id {
                    problem(
                        &origin,
                        "parent",
                        format!(
                            "comment {} replies to {parent}, which is not a comment on this post",
                            comment.id
                        ),
                    );
                }
            }
        }
    }

    let mut page_slugs = HashSet::new();
    for page in &content.pages {
        if !is_slug(&page.slug) || RESERVED_SLUGS.contains(&page.slug.as_str()) {
            problem(
                &page.origin,
                "slug",
                format!("{:?} cannot be a page's address", page.slug),
            );
        }
        if !page_slugs.insert(page.slug.as_str()) {
            problem(
                &page.origin,
                "slug",
                format!("{:?} is used twice", page.slug),
            );
        }
    }
    problems
}
