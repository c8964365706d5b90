//! The search index of a WordPress site, built in the browser from its posts' titles and
//! excerpts, with the themes and projects the site's own files hold: the same search, as you
//! type and offline once loaded, as a site published from the data files.

use super::html_text::{html_to_text, DecodeEntities};
use super::types::WpPostLink;
use crate::model::{Project, ThemeInfo, Timestamp, SCHEMA_VERSION};
use crate::routes::{post_href, Route};
use crate::search::{DocKind, IndexBuilder, SearchDoc, SearchIndexFile};

/// What a post contributes: its title, and its excerpt as text (WordPress's API has no
/// cheaper way to give every post's words). A post whose date cannot be read is left out:
/// its permalink is made from the date.
pub fn search_index(
    posts: &[WpPostLink],
    themes: &[ThemeInfo],
    projects: &[Project],
    decode: impl DecodeEntities,
) -> SearchIndexFile {
    let mut builder = IndexBuilder::default();
    for theme in themes {
        let doc = SearchDoc {
            kind: DocKind::Theme,
            title: theme.name.clone(),
            path: Route::Theme { slug: theme.slug.clone(), page: 1 }.href(),
            date: String::new(),
            text: theme.meaning.clone(),
        };
        builder.add(doc, "", &format!("{} {}", theme.meaning, theme.description));
    }
    for project in projects {
        let doc = SearchDoc {
            kind: DocKind::Project,
            title: project.name.clone(),
            path: Route::Project { slug: project.slug.clone() }.href(),
            date: String::new(),
            text: project.summary.clone(),
        };
        let names = format!("{} {}", project.theme.name, project.team);
        builder.add(doc, &names, &format!("{} {}", project.summary, project.description));
    }
    for post in posts {
        let Ok(date) = Timestamp::parse(&post.date_gmt) else {
            continue;
        };
        let excerpt = html_to_text(&post.excerpt.rendered, decode).replace("\n\n", " ");
        let excerpt = excerpt.trim_end_matches("[…]").trim_end().to_owned();
        let doc = SearchDoc {
            kind: DocKind::Post,
            title: html_to_text(&post.title.rendered, decode),
            path: post_href(date, &super::map::slug(&post.slug)),
            date: date.human_date(),
            text: excerpt.clone(),
        };
        builder.add(doc, "", &excerpt);
    }
    builder.finish(SCHEMA_VERSION)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Searcher;
    use crate::wordpress::decode_answer;

    #[test]
    fn finds_wordpress_posts_and_the_sites_themes() {
        let posts: Vec<WpPostLink> = decode_answer(
            r#"[{"slug":"open-data","date_gmt":"2015-03-10T09:30:00",
                 "title":{"rendered":"Publishing more of our data"},
                 "excerpt":{"rendered":"<p>Openness means publishing what we hold [&hellip;]</p>"}},
                {"slug":"bad-date","date_gmt":"soon","title":{"rendered":"Lost"},"excerpt":{"rendered":""}}]"#,
        )
        .unwrap();
        let themes = vec![ThemeInfo {
            slug: "openness".into(),
            name: "Openness".into(),
            meaning: "Publishing what we do".into(),
            description: String::new(),
            post_count: 0,
            project_count: 0,
        }];
        let searcher =
            Searcher::new(search_index(&posts, &themes, &[], crate::wordpress::host_entities));
        let hits = searcher.search("publishing");
        let titles: Vec<&str> = hits.iter().map(|h| searcher.doc(h.doc).title.as_str()).collect();
        assert_eq!(titles, vec!["Publishing more of our data", "Openness"]);
        let post = searcher.doc(hits[0].doc);
        assert_eq!(post.path, "/2015/03/10/open-data/");
        assert_eq!(post.date, "10 March 2015");
        assert_eq!(post.text, "Openness means publishing what we hold");
        assert!(searcher.search("lost").is_empty());
    }
}
