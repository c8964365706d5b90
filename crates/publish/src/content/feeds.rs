//! Atom feeds (RFC 4287): the whole blog, each category and each theme.

use atom_syndication::{Category, Content, Entry, Feed, FixedDateTime, Link, Person, Text};

use super::{SiteContent, SourcePost};
use crate::data_paths::FeedKey;
use crate::markdown::render_markdown_under;
use crate::model::{BodyFormat, Timestamp};
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
/// links need whole. Written by `atom_syndication`, which escapes what it writes; characters
/// XML 1.0 forbids are dropped first (see [`xml_text`]).
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

    let mut feed = Feed::default();
    feed.set_lang(Some(xml_text(&content.settings.language)));
    feed.set_id(xml_text(&feed_url));
    feed.set_title(Text::plain(xml_text(&spec.title)));
    feed.set_subtitle(Some(Text::plain(xml_text(&content.settings.description))));
    feed.set_links(vec![
        link("self", "application/atom+xml", &feed_url),
        link("alternate", "text/html", &page_url),
    ]);
    feed.set_updated(instant(updated));
    feed.set_authors(vec![person(&content.settings.department)]);
    feed.set_rights(Some(Text::plain("Open Government Licence v3.0")));
    let entries = entries.into_iter().map(|post| {
        let url = format!("{site_url}{}", encode_path(&post_href(post.date, &post.slug)));
        let body = match post.body_format {
            BodyFormat::Markdown => render_markdown_under(&post.body, site_url).html.into_string(),
            // Sanitised to the allowlist when it was read from WordPress.
            BodyFormat::Html | BodyFormat::Rendered => post.body.clone(),
        };
        let summary = post
            .summary
            .clone()
            .unwrap_or_else(|| super::excerpt::excerpt_of_text(&post.body_text(), 45));
        let mut entry = Entry::default();
        entry.set_id(xml_text(&url));
        entry.set_title(Text::plain(xml_text(&post.title)));
        entry.set_links(vec![link("alternate", "text/html", &url)]);
        entry.set_published(Some(instant(post.date)));
        entry.set_updated(instant(post.date));
        entry.set_authors(
            post.authors.iter().filter_map(|a| author(a)).map(person).collect::<Vec<_>>(),
        );
        entry.set_categories(
            post.categories
                .iter()
                .filter_map(|slug| Some((slug, category(slug)?)))
                .map(|(slug, name)| Category {
                    term: xml_text(slug),
                    label: Some(xml_text(name)),
                    ..Default::default()
                })
                .collect::<Vec<_>>(),
        );
        entry.set_summary(Some(Text::plain(xml_text(&summary))));
        entry.set_content(Some(Content {
            value: Some(xml_text(&body)),
            content_type: Some("html".to_owned()),
            ..Default::default()
        }));
        entry
    });
    feed.set_entries(entries.collect::<Vec<_>>());
    // The writer's declaration, with the encoding said outright.
    let xml = feed.to_string();
    let body = xml.strip_prefix("<?xml version=\"1.0\"?>").unwrap_or(&xml).trim_start();
    format!("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n{body}\n")
}

fn link(rel: &str, mime_type: &str, href: &str) -> Link {
    Link {
        href: xml_text(href),
        rel: rel.to_owned(),
        mime_type: Some(mime_type.to_owned()),
        ..Default::default()
    }
}

fn person(name: &str) -> Person {
    Person { name: xml_text(name), ..Default::default() }
}

fn instant(time: Timestamp) -> FixedDateTime {
    // Our own RFC 3339, which chrono always reads.
    FixedDateTime::parse_from_rfc3339(&time.to_rfc3339())
        .unwrap_or_else(|_| FixedDateTime::default())
}

/// `text` without the control characters XML 1.0 forbids (all below U+0020 but tab and line
/// ends): the writer escapes markup, but a forbidden character would make the feed unreadable.
fn xml_text(text: &str) -> String {
    text.chars().filter(|&c| c >= ' ' || matches!(c, '\t' | '\n' | '\r')).collect()
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
