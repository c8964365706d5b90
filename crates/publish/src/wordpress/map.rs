//! WordPress's answers as the content model `content/` gives, through the core's own mapping
//! (the browser's), so every page, list, feed and index is made as for Markdown. Bodies and
//! comments are sanitised here, before they reach any page or data file.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Deserialize;

use super::WordPressError;
use crate::content::{
    SiteContent, SourceAuthor, SourceCategory, SourceComment, SourcePage, SourcePost,
};
use crate::model::BodyFormat;
use crate::safe_html::sanitise_wordpress_html;
use crate::wordpress_api::{WpComment, WpPost, WpTerm, WpUser};
use strategy_blog::wordpress as wp;

/// A comment from `wp/v2/comments`, with the post it is on.
#[derive(Clone, Debug, Deserialize)]
pub struct WpPostComment {
    pub post: u64,
    #[serde(flatten)]
    pub comment: WpComment,
}

/// Everything read from the API.
#[derive(Default)]
pub struct Answers {
    pub posts: Vec<WpPost>,
    pub categories: Vec<WpTerm>,
    pub users: Vec<WpUser>,
    pub comments: Vec<WpPostComment>,
    /// `wp/v2/pages`: read as posts are (they have the same fields), published as the site's
    /// standalone pages.
    pub pages: Vec<WpPost>,
}

/// `base` (the site's settings, themes, projects and pages from `content/`) with the
/// authors, categories, posts and comments WordPress holds. As in the browser, a post's
/// tags whose slug is a theme's are its themes; categories stay categories. `api` is the
/// API's root, to name each post in messages.
pub fn site_from_answers(
    mut base: SiteContent,
    answers: Answers,
    api: &str,
) -> Result<SiteContent, WordPressError> {
    let theme_slugs: Vec<String> = base.themes.iter().map(|t| t.slug.clone()).collect();
    let mut authors: BTreeMap<String, SourceAuthor> = BTreeMap::new();
    for user in &answers.users {
        let info = wp::author_info(user);
        let origin = crate::content::Origin::new(format!("{api}wp/v2/users/{}", user.id), None);
        authors.insert(
            info.slug.clone(),
            SourceAuthor { origin, slug: info.slug, name: info.name, bio: info.bio },
        );
    }
    let mut categories: BTreeMap<String, SourceCategory> = BTreeMap::new();
    for term in &answers.categories {
        let info = wp::term_info(term);
        let origin =
            crate::content::Origin::new(format!("{api}wp/v2/categories/{}", term.id), None);
        categories.insert(
            info.slug.clone(),
            SourceCategory {
                origin,
                slug: info.slug,
                name: info.name,
                description: info.description,
            },
        );
    }
    let mut slugs_by_id: HashMap<u64, String> = HashMap::new();
    let mut posts = Vec::with_capacity(answers.posts.len());
    for answer in &answers.posts {
        let origin = format!("{api}wp/v2/posts/{}", answer.id);
        let post = wp::post(answer, &theme_slugs)
            .map_err(|err| WordPressError { url: origin.clone(), problem: err.to_string() })?;
        // Authors and categories the collections left out (a plugin may hide them) still
        // come with the post, embedded.
        for term in &post.authors {
            authors.entry(term.slug.clone()).or_insert_with(|| SourceAuthor {
                origin: crate::content::Origin::new(origin.clone(), None),
                slug: term.slug.clone(),
                name: term.name.clone(),
                bio: String::new(),
            });
        }
        for term in &post.categories {
            categories.entry(term.slug.clone()).or_insert_with(|| SourceCategory {
                origin: crate::content::Origin::new(origin.clone(), None),
                slug: term.slug.clone(),
                name: term.name.clone(),
                description: String::new(),
            });
        }
        slugs_by_id.insert(answer.id, post.slug.clone());
        posts.push(SourcePost {
            origin,
            lines: BTreeMap::new(),
            body_line: 1,
            slug: post.slug,
            // WordPress itself lists an untitled post as "(no title)".
            title: if post.title.trim().is_empty() { "(no title)".into() } else { post.title },
            date: post.date,
            authors: post.authors.into_iter().map(|t| t.slug).collect(),
            categories: post.categories.into_iter().map(|t| t.slug).collect(),
            tag_slugs: post.tags.iter().map(|t| t.slug.clone()).collect(),
            tags: post.tags.into_iter().map(|t| t.name).collect(),
            themes: post.themes.into_iter().map(|t| t.slug).collect(),
            projects: Vec::new(),
            comments_open: post.comments_open,
            summary: Some(post.summary).filter(|s| !s.trim().is_empty()),
            previous_government: None,
            body: sanitise_wordpress_html(&post.body).into_string(),
            body_format: BodyFormat::Html,
        });
    }
    base.authors = authors.into_values().collect();
    base.categories = categories.into_values().collect();
    base.posts = posts;
    base.comments = comments_by_post(&answers.comments, &slugs_by_id, api)?;
    add_pages(&mut base, &answers.pages, api)?;
    Ok(base)
}

/// WordPress's pages after those of `content/pages/`, which win a slug both have (the reader's
/// own accessibility statement and cookie notice describe this site, not WordPress's). A page
/// whose slug is one of the site's own addresses (`archives`, `search`) cannot have its
/// address: it is left out, and the publish says so, rather than failing the build.
fn add_pages(base: &mut SiteContent, pages: &[WpPost], api: &str) -> Result<(), WordPressError> {
    for answer in pages {
        let origin = format!("{api}wp/v2/pages/{}", answer.id);
        let page = wp::post(answer, &[])
            .map_err(|err| WordPressError { url: origin.clone(), problem: err.to_string() })?;
        if crate::routes::RESERVED_SLUGS.contains(&page.slug.as_str())
            || base.pages.iter().any(|p| p.slug == page.slug)
        {
            println!(
                "publish: WordPress's page {origin} is left out: /{}/ is already the address of \
                 one of the site's own pages",
                page.slug
            );
            continue;
        }
        base.pages.push(SourcePage {
            origin,
            body_line: 1,
            slug: page.slug,
            title: if page.title.trim().is_empty() { "(no title)".into() } else { page.title },
            summary: page.summary,
            body: sanitise_wordpress_html(&page.body).into_string(),
            body_format: BodyFormat::Html,
        });
    }
    Ok(())
}

/// Each post's comments as plain text (sanitised first, then made text as the browser
/// does), oldest first. A reply to a comment that is not published (held for moderation,
/// say) is shown as a comment of its own.
fn comments_by_post(
    comments: &[WpPostComment],
    slugs_by_id: &HashMap<u64, String>,
    api: &str,
) -> Result<BTreeMap<String, Vec<SourceComment>>, WordPressError> {
    let published: HashSet<u64> = comments.iter().map(|c| c.comment.id).collect();
    let mut by_post: BTreeMap<String, Vec<SourceComment>> = BTreeMap::new();
    for answer in comments {
        // Comments on pages or on posts not published have no page here.
        let Some(slug) = slugs_by_id.get(&answer.post) else { continue };
        let url = format!("{api}wp/v2/comments/{}", answer.comment.id);
        let mut cleaned = answer.comment.clone();
        cleaned.content.rendered = sanitise_wordpress_html(&cleaned.content.rendered).into_string();
        let comment = wp::comment(&cleaned)
            .map_err(|err| WordPressError { url: url.clone(), problem: err.to_string() })?;
        by_post.entry(slug.clone()).or_default().push(SourceComment {
            origin: crate::content::Origin::new(url, None),
            id: comment.id,
            parent: comment.parent.filter(|p| published.contains(p) && *p != comment.id),
            author: comment.author,
            date: comment.date,
            body: comment.body,
        });
    }
    for list in by_post.values_mut() {
        list.sort_by_key(|c| (c.date, c.id));
    }
    Ok(by_post)
}

#[cfg(test)]
mod tests;
