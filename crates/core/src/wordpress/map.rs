//! WordPress's posts, terms, users and comments as the app's model, so every page renders
//! them as it renders the data files.

use super::html_text::{html_to_text, DecodeEntities};
use super::query::Paging;
use super::types::{WpComment, WpPost, WpPostLink, WpTerm, WpUser};
use crate::model::{
    AuthorInfo, BodyFormat, Comment, DecodeError, ListPage, Post, PostLink, PostSummary, Term,
    TermInfo, Timestamp, SCHEMA_VERSION,
};

/// WordPress's `date_gmt` (UTC, written without a zone).
fn date(field: &str, text: &str) -> Result<Timestamp, DecodeError> {
    Timestamp::parse(text)
        .map_err(|err| DecodeError::Field { path: field.to_owned(), message: err.to_string() })
}

/// A slug as this app holds it: WordPress keeps a slug outside ASCII percent-encoded
/// (`%d0%b7%d0%b4…`, in either case of hex), the app decoded (`зд…`), so that its
/// addresses and WordPress's old ones lead to the same page.
pub fn slug(wordpress_slug: &str) -> String {
    crate::slug::percent_decode(wordpress_slug)
}

/// A term's or author's name as text; its slug when the name is nothing but markup, so that
/// its links still have words.
fn name(html: &str, slug: &str, decode: impl DecodeEntities) -> String {
    let text = html_to_text(html, decode);
    if text.trim().is_empty() {
        slug.to_owned()
    } else {
        text
    }
}

fn terms(post: &WpPost, taxonomy: &str, decode: impl DecodeEntities) -> Vec<Term> {
    post.embedded
        .terms
        .iter()
        .flatten()
        .filter(|t| t.taxonomy == taxonomy)
        .map(|t| Term { slug: slug(&t.slug), name: name(&t.name, &slug(&t.slug), decode) })
        .collect()
}

fn authors(post: &WpPost, decode: impl DecodeEntities) -> Vec<Term> {
    post.embedded
        .author
        .iter()
        .map(|a| Term { slug: slug(&a.slug), name: name(&a.name, &slug(&a.slug), decode) })
        .collect()
}

/// What a list shows of a post. WordPress's excerpt, as text.
pub fn post_summary(
    post: &WpPost,
    decode: impl DecodeEntities,
) -> Result<PostSummary, DecodeError> {
    Ok(PostSummary {
        slug: slug(&post.slug),
        title: html_to_text(&post.title.rendered, decode),
        date: date("date_gmt", &post.date_gmt)?,
        authors: authors(post, decode),
        categories: terms(post, "category", decode),
        excerpt: excerpt(post, decode),
        comment_count: None,
    })
}

/// The excerpt as text, without the "[&hellip;]" WordPress ends a generated one with.
fn excerpt(post: &WpPost, decode: impl DecodeEntities) -> String {
    let text = html_to_text(&post.excerpt.rendered, decode);
    let text = text.trim_end_matches("[…]").trim_end();
    text.replace("\n\n", " ")
}

/// A whole post. Its body stays WordPress's HTML, marked as such: the browser sanitises it
/// as it shows it. Tags whose slug is a theme's are the post's themes.
pub fn post(
    post: &WpPost,
    theme_slugs: &[String],
    decode: impl DecodeEntities,
) -> Result<Post, DecodeError> {
    let tags = terms(post, "post_tag", decode);
    let themes = tags.iter().filter(|t| theme_slugs.contains(&t.slug)).cloned().collect();
    Ok(Post {
        slug: slug(&post.slug),
        title: html_to_text(&post.title.rendered, decode),
        date: date("date_gmt", &post.date_gmt)?,
        authors: authors(post, decode),
        categories: terms(post, "category", decode),
        tags,
        themes,
        projects: Vec::new(),
        previous_government: None,
        comments_open: post.comment_status == "open",
        summary: excerpt(post, decode),
        body: post.content.rendered.clone(),
        body_format: BodyFormat::Html,
        headings: Vec::new(),
        word_count: 0,
    })
}

pub fn post_link(link: &WpPostLink, decode: impl DecodeEntities) -> Result<PostLink, DecodeError> {
    Ok(PostLink {
        slug: slug(&link.slug),
        title: html_to_text(&link.title.rendered, decode),
        date: date("date_gmt", &link.date_gmt)?,
    })
}

/// One page of a list, from a page of WordPress posts and its paging headers.
pub fn list_page(
    posts: &[WpPost],
    page: u32,
    paging: Paging,
    decode: impl DecodeEntities,
) -> Result<ListPage, DecodeError> {
    Ok(ListPage {
        schema: SCHEMA_VERSION,
        page,
        total_pages: paging.total_pages.max(1),
        total_posts: paging.total,
        posts: posts.iter().map(|p| post_summary(p, decode)).collect::<Result<_, _>>()?,
    })
}

/// A comment as plain text: WordPress allows a little markup in comments, which the reader
/// shows as the text it holds (addresses in it become links, as in every comment).
pub fn comment(comment: &WpComment, decode: impl DecodeEntities) -> Result<Comment, DecodeError> {
    Ok(Comment {
        id: comment.id,
        parent: (comment.parent != 0).then_some(comment.parent),
        author: html_to_text(&comment.author_name, decode),
        date: date("date_gmt", &comment.date_gmt)?,
        body: html_to_text(&comment.content.rendered, decode),
    })
}

pub fn term_info(term: &WpTerm, decode: impl DecodeEntities) -> TermInfo {
    TermInfo {
        slug: slug(&term.slug),
        name: name(&term.name, &slug(&term.slug), decode),
        description: html_to_text(&term.description, decode),
        post_count: term.count,
    }
}

pub fn author_info(user: &WpUser, decode: impl DecodeEntities) -> AuthorInfo {
    AuthorInfo {
        slug: slug(&user.slug),
        name: name(&user.name, &slug(&user.slug), decode),
        bio: html_to_text(&user.description, decode),
        post_count: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wordpress::{decode_answer, host_entities};

    // The functions under test, with the host's decoder of character references.
    fn post(wp: &WpPost, theme_slugs: &[String]) -> Result<Post, DecodeError> {
        super::post(wp, theme_slugs, host_entities)
    }

    fn post_summary(wp: &WpPost) -> Result<PostSummary, DecodeError> {
        super::post_summary(wp, host_entities)
    }

    fn list_page(posts: &[WpPost], page: u32, paging: Paging) -> Result<ListPage, DecodeError> {
        super::list_page(posts, page, paging, host_entities)
    }

    fn comment(wp: &WpComment) -> Result<Comment, DecodeError> {
        super::comment(wp, host_entities)
    }

    fn term_info(term: &WpTerm) -> TermInfo {
        super::term_info(term, host_entities)
    }

    fn author_info(user: &WpUser) -> AuthorInfo {
        super::author_info(user, host_entities)
    }

    /// Trimmed from what WordPress 6.1 answered for `wp/v2/posts?_embed=author,wp:term`.
    const POSTS: &str = r#"[{"id":15,"date":"2015-12-10T09:30:00","date_gmt":"2015-12-10T09:30:00",
        "slug":"why-we-wrote-it","status":"publish","type":"post",
        "title":{"rendered":"Why we wrote it &#8211; a &#8220;strategy&#8221;"},
        "content":{"rendered":"<p>Body <script>x()</script></p>","protected":false},
        "excerpt":{"rendered":"<p>A strategy gives one direction &hellip; [&hellip;]</p>\n"},
        "author":1,"comment_status":"open","categories":[3],"tags":[5,6],
        "_embedded":{
          "author":[{"id":1,"name":"Head of Digital","slug":"head-of-digital","description":""}],
          "wp:term":[
            [{"id":3,"name":"Digital strategy","slug":"digital-strategy","taxonomy":"category"}],
            [{"id":5,"name":"Openness","slug":"openness","taxonomy":"post_tag"},
             {"id":6,"name":"Data &amp; statistics","slug":"data","taxonomy":"post_tag"}]]}}]"#;

    fn first() -> WpPost {
        decode_answer::<Vec<WpPost>>(POSTS).unwrap().remove(0)
    }

    #[test]
    fn a_post_becomes_the_model_with_its_html_body_kept_for_the_sanitiser() {
        let post = post(&first(), &["openness".to_owned()]).unwrap();
        assert_eq!(post.title, "Why we wrote it – a “strategy”");
        assert_eq!(post.date.to_rfc3339(), "2015-12-10T09:30:00Z");
        assert_eq!(
            post.authors,
            vec![Term { slug: "head-of-digital".into(), name: "Head of Digital".into() }]
        );
        assert_eq!(post.categories[0].slug, "digital-strategy");
        assert_eq!(post.tags.len(), 2);
        assert_eq!(post.tags[1].name, "Data & statistics");
        assert_eq!(post.themes, vec![Term { slug: "openness".into(), name: "Openness".into() }]);
        assert!(post.comments_open);
        assert_eq!(post.summary, "A strategy gives one direction …");
        assert_eq!(post.body_format, BodyFormat::Html);
        assert_eq!(post.body, "<p>Body <script>x()</script></p>");
    }

    #[test]
    fn date_gmt_is_read_as_utc() {
        let summary = post_summary(&first()).unwrap();
        assert_eq!(summary.date.to_rfc3339(), "2015-12-10T09:30:00Z");
        let mut summer = first();
        summer.date_gmt = "2015-07-01T23:30:00".into();
        // 23:30 UTC is 00:30 the next day in London.
        assert_eq!(post_summary(&summer).unwrap().date.human_date(), "2 July 2015");
    }

    #[test]
    fn a_bad_date_is_named() {
        let mut post = first();
        post.date_gmt = "yesterday".into();
        let err = post_summary(&post).unwrap_err();
        assert!(matches!(err, DecodeError::Field { ref path, .. } if path == "date_gmt"), "{err}");
    }

    #[test]
    fn a_page_of_posts_keeps_the_paging() {
        let page = list_page(&[first()], 2, Paging { total: 12, total_pages: 3 }).unwrap();
        assert_eq!((page.page, page.total_pages, page.total_posts), (2, 3, 12));
        assert_eq!(page.posts[0].title, "Why we wrote it – a “strategy”");
        let empty = list_page(&[], 1, Paging { total: 0, total_pages: 0 }).unwrap();
        assert_eq!(empty.total_pages, 1);
    }

    #[test]
    fn comments_become_plain_text_with_their_parent() {
        let comments: Vec<WpComment> = decode_answer(
            r#"[{"id":7,"post":15,"parent":0,"author_name":"Sam &amp; co","date_gmt":"2015-01-11T08:00:00",
                 "content":{"rendered":"<p>Good.<\/p>\n<p>See https://example.org <img src=x onerror=y()><\/p>\n"}},
                {"id":8,"post":15,"parent":7,"author_name":"Editor","date_gmt":"2015-01-12T08:00:00",
                 "content":{"rendered":"<p>Thanks<\/p>"}}]"#,
        )
        .unwrap();
        let first = comment(&comments[0]).unwrap();
        assert_eq!((first.id, first.parent), (7, None));
        assert_eq!(first.author, "Sam & co");
        assert_eq!(first.body, "Good.\n\nSee https://example.org");
        assert_eq!(comment(&comments[1]).unwrap().parent, Some(7));
    }

    #[test]
    fn terms_and_authors_for_the_navigation() {
        let term: WpTerm = decode_answer(
            r#"{"id":3,"count":4,"description":"","name":"Digital strategy","slug":"digital-strategy","taxonomy":"category"}"#,
        )
        .unwrap();
        let info = term_info(&term);
        assert_eq!((info.slug.as_str(), info.post_count), ("digital-strategy", 4));
        let user: WpUser =
            decode_answer(r#"{"id":1,"name":"Head","slug":"head","description":"<p>Leads</p>"}"#)
                .unwrap();
        assert_eq!(author_info(&user).bio, "Leads");
    }

    #[test]
    fn a_name_that_is_only_markup_is_shown_as_its_slug() {
        let term: WpTerm = decode_answer(
            r#"{"id":9,"name":"<svg onload=\"x()\"></svg>","slug":"hostile-tag","taxonomy":"post_tag"}"#,
        )
        .unwrap();
        assert_eq!(term_info(&term).name, "hostile-tag");
        let user: WpUser = decode_answer(
            r#"{"id":2,"name":"<script>x()</script> ","slug":"hostile-author","description":""}"#,
        )
        .unwrap();
        assert_eq!(author_info(&user).name, "hostile-author");
        let named: WpUser =
            decode_answer(r#"{"id":3,"name":"<b>Sam</b>","slug":"sam","description":""}"#).unwrap();
        assert_eq!(author_info(&named).name, "Sam");
    }
}
