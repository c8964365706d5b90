use super::*;
use crate::content::{SourceAuthor, SourcePost, SourceTheme};
use crate::model::{SiteSettings, Timestamp};

fn post(slug: &str) -> SourcePost {
    SourcePost {
        origin: format!("posts/{slug}.md"),
        lines: [("title", 2), ("date", 3), ("authors", 4), ("themes", 5)]
            .map(|(k, v)| (k.to_owned(), v))
            .into(),
        body_line: 8,
        slug: slug.into(),
        title: "A title".into(),
        date: Timestamp::parse("2015-01-01T09:00:00Z").unwrap(),
        authors: vec!["head".into()],
        categories: vec![],
        tags: vec![],
        themes: vec![],
        projects: vec![],
        comments_open: false,
        summary: None,
        previous_government: None,
        tag_slugs: Vec::new(),
        body_format: crate::model::BodyFormat::Markdown,
        body: String::new(),
    }
}

fn site(posts: Vec<SourcePost>) -> SiteContent {
    SiteContent {
        settings: SiteSettings {
            url: Some("https://blog.example.org".into()),
            ..Default::default()
        },
        authors: vec![SourceAuthor {
            origin: Origin::default(),
            slug: "head".into(),
            name: "Head".into(),
            bio: String::new(),
        }],
        themes: vec![SourceTheme {
            origin: Origin::default(),
            slug: "openness".into(),
            name: "Openness".into(),
            meaning: String::new(),
            description: String::new(),
        }],
        posts,
        ..SiteContent::default()
    }
}

fn messages(content: &SiteContent) -> Vec<String> {
    validate(content).iter().map(ToString::to_string).collect()
}

#[test]
fn good_content_has_no_problems() {
    assert_eq!(messages(&site(vec![post("a"), post("b")])), Vec::<String>::new());
}

#[test]
fn unknown_references_name_the_file_line_field_and_the_choices() {
    let mut p = post("a");
    p.authors = vec!["nobody".into()];
    p.themes = vec!["opennes".into()];
    assert_eq!(
        messages(&site(vec![p])),
        [
            r#"posts/a.md:4: authors: "nobody" is not in authors.toml (expected one of: head)"#,
            r#"posts/a.md:5: themes: "opennes" is not in themes.toml (expected one of: openness)"#,
        ]
    );
}

#[test]
fn a_tag_with_no_letter_or_digit_is_reported_on_its_line_and_others_are_not() {
    let mut p = post("a");
    p.lines.insert("tags".into(), 6);
    p.tags = vec!["Café".into(), "Здоровье".into(), "!!!".into()];
    assert_eq!(
        messages(&site(vec![p])),
        [r#"posts/a.md:6: tags: "!!!" has no letter or digit, so it cannot have a page"#]
    );
}

#[test]
fn a_duplicate_slug_says_where_it_was_first_used() {
    let all = messages(&site(vec![post("a"), post("a")]));
    assert_eq!(all, [r#"posts/a.md: slug: "a" is already used at posts/a.md"#]);
}

#[test]
fn a_missing_title_and_a_missing_site_address_are_reported() {
    let mut p = post("a");
    p.title = " ".into();
    let mut content = site(vec![p]);
    content.settings.url = None;
    let all = messages(&content);
    assert!(all.iter().any(|m| m.starts_with("site.toml: url:")), "{all:?}");
    assert!(all.contains(&"posts/a.md:2: title: a post needs a title".to_owned()), "{all:?}");
}

#[test]
fn broken_internal_links_and_images_without_alt_text_are_found_on_their_lines() {
    let mut p = post("a");
    p.body = "Fine: [b](/2015/01/01/b/), [themes](/themes/openness/), [feed](/feeds/blog.atom).\n\n\
              Broken: [x](/2015/01/02/b/)\n\n[y](/themes/nope/)\n\n![](/images/chart.svg)\n\n[z](relative/path)\n"
        .into();
    let mut content = site(vec![p, post("b")]);
    content.static_files.insert("/images/chart.svg".into());
    let all = messages(&content);
    assert_eq!(all.len(), 4, "{all:#?}");
    assert!(
        all[0].starts_with(
            "posts/a.md:10: body: the link /2015/01/02/b/ is broken: there is no post"
        ),
        "{all:#?}"
    );
    assert!(
        all[1].starts_with(
            "posts/a.md:12: body: the link /themes/nope/ is broken: there is no theme"
        ),
        "{all:#?}"
    );
    assert!(
        all[2].starts_with("posts/a.md:14: body: the image /images/chart.svg has no alt text"),
        "{all:#?}"
    );
    assert!(
        all[3].starts_with(r#"posts/a.md:16: body: the link "relative/path" is neither"#),
        "{all:#?}"
    );
}
