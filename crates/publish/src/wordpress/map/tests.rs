use super::*;
use crate::content::SourceTheme;
use crate::wordpress_api::decode_answer;

const API: &str = "https://wp.example.org/wp-json/";

fn answers(posts: &str, comments: &str) -> Answers {
    Answers {
        posts: decode_answer(posts).unwrap(),
        comments: decode_answer(comments).unwrap(),
        ..Answers::default()
    }
}

fn base() -> SiteContent {
    SiteContent {
        themes: vec![SourceTheme {
            origin: Default::default(),
            slug: "openness".into(),
            name: "Openness".into(),
            meaning: "Working in the open".into(),
            description: String::new(),
        }],
        ..SiteContent::default()
    }
}

const POST: &str = r#"[{"id":7,"slug":"a-post","date_gmt":"2020-01-02T09:00:00",
    "title":{"rendered":""},"content":{"rendered":"<p>Hi<script>x()</script></p>"},
    "excerpt":{"rendered":"<p>Short &amp; sweet [&hellip;]</p>"},"comment_status":"closed",
    "_embedded":{"author":[{"id":1,"slug":"ed","name":"Ed","description":""}],
      "wp:term":[[{"id":3,"slug":"news","name":"News","taxonomy":"category"}],
        [{"id":5,"slug":"%C3%A9t%C3%A9","name":"Été","taxonomy":"post_tag"},
         {"id":6,"slug":"openness","name":"Openness","taxonomy":"post_tag"}]]}}]"#;

#[test]
fn a_post_keeps_its_terms_and_tags_of_a_themes_slug_are_its_themes() {
    let site = site_from_answers(base(), answers(POST, "[]"), API).unwrap();
    let post = &site.posts[0];
    assert_eq!(post.origin, "https://wp.example.org/wp-json/wp/v2/posts/7");
    assert_eq!(post.title, "(no title)");
    assert_eq!(post.categories, ["news"]);
    assert_eq!(post.tags, ["Été", "Openness"]);
    assert_eq!(post.tag_slugs, ["été", "openness"]);
    assert_eq!(post.themes, ["openness"]);
    assert_eq!(post.summary.as_deref(), Some("Short & sweet"));
    assert_eq!(post.body, "<p>Hi</p>");
    assert_eq!(post.body_format, BodyFormat::Html);
    assert!(!post.comments_open);
    // Authors and categories embedded in posts are known even when their lists left them out.
    assert_eq!(site.authors[0].slug, "ed");
    assert_eq!(site.categories[0].name, "News");
}

#[test]
fn comments_are_sanitised_text_and_a_reply_to_a_held_comment_stands_alone() {
    let comments = r#"[
      {"id":1,"post":7,"parent":0,"author_name":"A","date_gmt":"2020-01-03T09:00:00",
       "content":{"rendered":"<p>First<script>x()</script><img src=x onerror=y()></p>"}},
      {"id":2,"post":7,"parent":99,"author_name":"B","date_gmt":"2020-01-04T09:00:00",
       "content":{"rendered":"<p>Reply to a held one</p>"}},
      {"id":3,"post":8,"parent":0,"author_name":"C","date_gmt":"2020-01-04T09:00:00",
       "content":{"rendered":"<p>On a page</p>"}}]"#;
    let site = site_from_answers(base(), answers(POST, comments), API).unwrap();
    let on_post = &site.comments["a-post"];
    assert_eq!(on_post.len(), 2, "the comment on a post not published is left out");
    assert_eq!(on_post[0].body, "First");
    assert_eq!(on_post[1].parent, None);
    assert_eq!(site.comments.len(), 1);
}

#[test]
fn a_bad_date_names_the_post() {
    let bad = POST.replace("2020-01-02T09:00:00", "soon");
    let err = site_from_answers(base(), answers(&bad, "[]"), API).err().unwrap();
    assert_eq!(err.url, "https://wp.example.org/wp-json/wp/v2/posts/7");
    assert!(err.problem.contains("date_gmt"), "{}", err.problem);
}
