//! Atom feeds (RFC 4287): the whole blog, each category and each theme.

use std::fmt::Write;

use super::xml::escape;
use super::{SiteContent, SourcePost};
use crate::data_paths::FeedKey;
use crate::markdown::render_markdown_under;
use crate::model::Timestamp;
use crate::routes::{post_href, Route};
use crate::slug::encode_path;

/// How many of the newest posts a feed carries.
pub const FEED_ENTRIES: usize = 20;

/// One feed: its key, its title, and the posts it may carry (newest first).
pub struct FeedSpec<'a> {
    pub key: FeedKey,
    pub title: String,
    /// The page the feed follows.
    pub page: Route,
    pub posts: Vec<&'a SourcePost>,
}

/// The Atom document for a feed. `site_url` is the site's public address, which Atom's ids and
/// links need whole.
pub fn atom_feed(content: &SiteContent, site_url: &str, spec: &FeedSpec<'_>) -> String {
    let author =
        |slug: &str| content.authors.iter().find(|a| a.slug == slug).map(|a| a.name.as_str());
    let category =
        |slug: &str| content.categories.iter().find(|c| c.slug == slug).map(|c| c.name.as_str());
    let entries: Vec<&&SourcePost> = spec.posts.iter().take(FEED_ENTRIES).collect();
    let updated = entries.iter().map(|p| p.date).max().unwrap_or(Timestamp::from_unix_seconds(0));
    // Links as URIs, a slug outside ASCII percent-encoded, as every feed reader expects.
    let feed_url = format!("{site_url}/{}", encode_path(&spec.key.path()));
    let page_url = format!("{site_url}{}", encode_path(&spec.page.href()));

    let mut xml = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(xml, r#"<?xml version="1.0" encoding="utf-8"?>"#);
    let _ = writeln!(
        xml,
        r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{}">"#,
        escape(&content.settings.language)
    );
    let _ = writeln!(xml, "  <id>{}</id>", escape(&feed_url));
    let _ = writeln!(xml, "  <title>{}</title>", escape(&spec.title));
    let _ = writeln!(xml, "  <subtitle>{}</subtitle>", escape(&content.settings.description));
    let _ = writeln!(
        xml,
        r#"  <link rel="self" type="application/atom+xml" href="{}"/>"#,
        escape(&feed_url)
    );
    let _ =
        writeln!(xml, r#"  <link rel="alternate" type="text/html" href="{}"/>"#, escape(&page_url));
    let _ = writeln!(xml, "  <updated>{}</updated>", updated.to_rfc3339());
    let _ =
        writeln!(xml, "  <author><name>{}</name></author>", escape(&content.settings.department));
    let _ = writeln!(xml, "  <rights>Open Government Licence v3.0</rights>");
    for post in entries {
        let url = format!("{site_url}{}", encode_path(&post_href(post.date, &post.slug)));
        let body = render_markdown_under(&post.body, site_url).html.into_string();
        let summary = post.summary.clone().unwrap_or_else(|| super::excerpt(&post.body, 45));
        let _ = writeln!(xml, "  <entry>");
        let _ = writeln!(xml, "    <id>{}</id>", escape(&url));
        let _ = writeln!(xml, "    <title>{}</title>", escape(&post.title));
        let _ = writeln!(
            xml,
            r#"    <link rel="alternate" type="text/html" href="{}"/>"#,
            escape(&url)
        );
        let _ = writeln!(xml, "    <published>{}</published>", post.date.to_rfc3339());
        let _ = writeln!(xml, "    <updated>{}</updated>", post.date.to_rfc3339());
        for name in post.authors.iter().filter_map(|a| author(a)) {
            let _ = writeln!(xml, "    <author><name>{}</name></author>", escape(name));
        }
        for slug in &post.categories {
            if let Some(name) = category(slug) {
                let _ = writeln!(
                    xml,
                    r#"    <category term="{}" label="{}"/>"#,
                    escape(slug),
                    escape(name)
                );
            }
        }
        let _ = writeln!(xml, "    <summary>{}</summary>", escape(&summary));
        let _ = writeln!(xml, r#"    <content type="html">{}</content>"#, escape(&body));
        let _ = writeln!(xml, "  </entry>");
    }
    xml.push_str("</feed>\n");
    xml
}

/// Every feed the site has: the blog's, each category's and each theme's.
pub fn feed_specs<'a>(content: &'a SiteContent, posts: &[&'a SourcePost]) -> Vec<FeedSpec<'a>> {
    let title = &content.settings.title;
    let mut specs = vec![FeedSpec {
        key: FeedKey::Blog,
        title: title.clone(),
        page: Route::Home { page: 1 },
        posts: posts.to_vec(),
    }];
    for category in &content.categories {
        specs.push(FeedSpec {
            key: FeedKey::Category(category.slug.clone()),
            title: format!("{}: {}", title, category.name),
            page: Route::Category { slug: category.slug.clone(), page: 1 },
            posts: posts
                .iter()
                .copied()
                .filter(|p| p.categories.contains(&category.slug))
                .collect(),
        });
    }
    for theme in &content.themes {
        specs.push(FeedSpec {
            key: FeedKey::Theme(theme.slug.clone()),
            title: format!("{}: {} theme", title, theme.name),
            page: Route::Theme { slug: theme.slug.clone(), page: 1 },
            posts: posts.iter().copied().filter(|p| p.themes.contains(&theme.slug)).collect(),
        });
    }
    specs
}
