//! `sitemap.xml` and `robots.txt`.

use std::collections::BTreeSet;
use std::fmt::Write;

use super::xml::escape;
use super::{SiteContent, SourcePost};
use crate::routes::{post_href, ProjectFilter, Route};
use crate::slug::encode_path;

/// Every page of the site, once (first pages of lists only), as a sitemap.
pub fn sitemap(content: &SiteContent, site_url: &str, posts: &[&SourcePost]) -> String {
    let mut pages: Vec<(String, Option<String>)> = Vec::new();
    let mut add = |route: Route, modified: Option<String>| pages.push((route.href(), modified));
    let newest = posts.first().map(|p| p.date.to_rfc3339());
    add(Route::Home { page: 1 }, newest);
    add(Route::Themes, None);
    add(Route::Projects(ProjectFilter::default()), None);
    add(Route::Archives, None);
    for post in posts {
        let t = post.date.uk();
        add(
            Route::Post { year: t.year, month: t.month, day: t.day, slug: post.slug.clone() },
            Some(post.date.to_rfc3339()),
        );
    }
    for category in &content.categories {
        add(Route::Category { slug: category.slug.clone(), page: 1 }, None);
    }
    let tags: BTreeSet<String> = posts.iter().flat_map(|p| p.tag_slug_list()).collect();
    for slug in tags {
        add(Route::Tag { slug, page: 1 }, None);
    }
    for author in &content.authors {
        add(Route::Author { slug: author.slug.clone(), page: 1 }, None);
    }
    let months: BTreeSet<(i32, u8)> =
        posts.iter().map(|p| (p.date.uk().year, p.date.uk().month)).collect();
    for (year, month) in months.into_iter().rev() {
        add(Route::Month { year, month, page: 1 }, None);
    }
    for theme in &content.themes {
        add(Route::Theme { slug: theme.slug.clone(), page: 1 }, None);
    }
    for project in &content.projects {
        add(Route::Project { slug: project.slug.clone() }, None);
    }
    for page in &content.pages {
        add(Route::Page { slug: page.slug.clone() }, None);
    }
    debug_assert!(posts.iter().all(|p| post_href(p.date, &p.slug).starts_with('/')));

    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (path, modified) in pages {
        // A sitemap takes URIs, so a slug outside ASCII goes in percent-encoded.
        let _ = write!(
            xml,
            "  <url><loc>{}</loc>",
            escape(&format!("{site_url}{}", encode_path(&path)))
        );
        if let Some(modified) = modified {
            let _ = write!(xml, "<lastmod>{modified}</lastmod>");
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Lets every crawler in, and tells them where the sitemap is.
pub fn robots(site_url: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {site_url}/sitemap.xml\n")
}
