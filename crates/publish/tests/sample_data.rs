//! The bundled sample content loads, validates and publishes with the app's own code.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use blog_core::model::{decode_data_file, BodyFormat, PostFile, ProjectsFile, SiteFile};
use blog_core::routes::post_href;
use publish::content::{build_site, validate, OutputFile, SiteContent};
use publish::load_content;

fn sample() -> SiteContent {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    load_content(&root.join("content"), Some(&root.join("public"))).unwrap_or_else(|problems| {
        panic!("{}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    })
}

fn file<'a>(files: &'a [OutputFile], path: &str) -> &'a str {
    &files.iter().find(|f| f.path == path).unwrap_or_else(|| panic!("no {path}")).contents
}

#[test]
fn the_sample_content_is_valid() {
    let site = sample();
    let problems = validate(&site);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_sample_has_what_the_pages_need_to_show() {
    let site = sample();
    assert_eq!(site.themes.len(), 5);
    assert_eq!(site.projects.len(), 25);
    assert!(site.posts.len() >= 13, "the seed post and at least 12 more");
    let authors: std::collections::HashSet<_> =
        site.posts.iter().flat_map(|p| &p.authors).collect();
    assert!(authors.len() >= 3, "several authors");
    let months: std::collections::HashSet<_> =
        site.posts.iter().map(|p| (p.date.uk().year, p.date.uk().month)).collect();
    assert!(months.len() >= 4, "several months");
    assert!(
        site.comments.values().flatten().any(|c| c.parent.is_some()),
        "some comments are replies"
    );
    let per_page = site.posts_per_page as usize;
    assert!(site.posts.len() > per_page, "enough posts for a second page");
}

#[test]
fn the_seed_post_publishes_with_its_themes_extract_projects_link_and_comment() {
    let site = sample();
    let files = build_site(&site);
    let seed: PostFile =
        decode_data_file(file(&files, "data/posts/an-update-to-our-digital-strategy.json"))
            .unwrap();
    assert_eq!(
        post_href(seed.post.date, &seed.post.slug),
        "/2014/10/10/an-update-to-our-digital-strategy/"
    );
    // Rendered from its Markdown when it was published, with its words counted there.
    assert_eq!(seed.post.body_format, BodyFormat::Rendered);
    assert!(seed.post.word_count > 250, "{}", seed.post.word_count);
    let html = &seed.post.body;
    for theme in ["Openness", "Simplicity", "Evidence", "Mainstream", "Efficiency"] {
        assert!(html.contains(&format!("<strong>{theme}</strong>")), "{theme}");
    }
    assert!(html.contains("<blockquote>"));
    assert!(html.contains(r#"<a href="/projects/">25 live projects</a>"#), "{html}");
    assert!(seed.post.previous_government.as_deref().unwrap_or("").contains("coalition"));
    let comments = file(&files, "data/comments/an-update-to-our-digital-strategy.json");
    assert!(comments.contains("simonfj"));

    let site_file: SiteFile = decode_data_file(file(&files, "data/site.json")).unwrap();
    assert_eq!(site_file.project_count, 25);
    let projects: ProjectsFile = decode_data_file(file(&files, &site_file.files.projects)).unwrap();
    assert!(projects.projects.iter().all(|p| p.url.starts_with("https://")));
}
