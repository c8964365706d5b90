//! The bundled sample content decodes with the app's own model and fits together.

use std::fs;
use std::path::Path;

use strategy_blog::markdown::render_markdown;
use strategy_blog::model::{decode_data_file, CommentFile, PostFile, PostIndex};
use strategy_blog::routes::post_href;

fn read(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/data")
        .join(path);
    fs::read_to_string(&full).unwrap_or_else(|err| panic!("{}: {err}", full.display()))
}

#[test]
fn every_post_in_the_index_has_a_post_file_and_a_comments_file_that_agree() {
    let index: PostIndex = decode_data_file(&read("posts.json")).expect("posts.json");
    assert!(!index.posts.is_empty());
    for summary in &index.posts {
        let file: PostFile = decode_data_file(&read(&format!("posts/{}.json", summary.slug)))
            .unwrap_or_else(|err| panic!("posts/{}.json: {err}", summary.slug));
        assert_eq!(file.post.slug, summary.slug);
        assert_eq!(file.post.title, summary.title);
        assert_eq!(file.post.date, summary.date);
        let comments: CommentFile =
            decode_data_file(&read(&format!("comments/{}.json", summary.slug)))
                .unwrap_or_else(|err| panic!("comments/{}.json: {err}", summary.slug));
        assert_eq!(
            comments.comments.len() as u32,
            summary.comment_count,
            "{}",
            summary.slug
        );
    }
}

#[test]
fn the_seed_post_has_its_themes_extract_and_projects() {
    let file: PostFile =
        decode_data_file(&read("posts/an-update-to-our-digital-strategy.json")).unwrap();
    assert_eq!(
        post_href(file.post.date, &file.post.slug),
        "/2014/10/10/an-update-to-our-digital-strategy/"
    );
    let rendered = render_markdown(&file.post.body);
    for theme in [
        "Openness",
        "Simplicity",
        "Evidence",
        "Mainstream",
        "Efficiency",
    ] {
        assert!(
            rendered.html.contains(&format!("<strong>{theme}</strong>")),
            "{theme}"
        );
    }
    assert!(rendered.html.contains("<blockquote>"));
    assert!(rendered.html.contains("25 live projects"));
    assert!(
        file.post.previous_government.is_some(),
        "published under the coalition"
    );
}
