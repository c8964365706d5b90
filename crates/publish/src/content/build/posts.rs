//! Each post's data file (with its neighbours and related posts) and comment file: one per
//! post, made on every core.

use rayon::prelude::*;

use super::*;

pub(super) fn write_posts(
    content: &SiteContent,
    posts: &[&SourcePost],
    summaries: &[PostSummary],
    names: &Names<'_>,
    files: &mut Vec<OutputFile>,
) {
    let facets: Vec<Facets> = posts
        .iter()
        .map(|p| Facets {
            themes: &p.themes,
            projects: &p.projects,
            tags: &p.tags,
            categories: &p.categories,
        })
        .collect();
    let related = related_posts(&facets, RELATED_POSTS);
    // One file per post, each independent of the others: made on every core, kept in order.
    let made: Vec<OutputFile> = posts
        .par_iter()
        .enumerate()
        .map(|(i, source)| {
            let summary = &summaries[i];
            let body = PublishedBody::of(source.body_format, &source.body);
            let post = Post {
                slug: source.slug.clone(),
                title: source.title.clone(),
                date: source.date,
                authors: summary.authors.clone(),
                categories: summary.categories.clone(),
                tags: source.tag_terms(),
                themes: Names::terms(&names.themes, &source.themes),
                projects: Names::terms(&names.projects, &source.projects),
                previous_government: source
                    .previous_government
                    .clone()
                    .or_else(|| content.previous_government_at(source.date).map(str::to_owned)),
                comments_open: source.comments_open,
                summary: summary.excerpt.clone(),
                body: body.html,
                body_format: body.format,
                headings: body.headings,
                word_count: body.word_count,
            };
            let post_file = PostFile {
                schema: SCHEMA_VERSION,
                post,
                previous: summaries.get(i + 1).map(PostLink::from),
                next: i.checked_sub(1).map(|j| PostLink::from(&summaries[j])),
                related: related[i].iter().map(|&j| PostLink::from(&summaries[j])).collect(),
            };
            json_file(data_paths::post(&source.slug), &post_file)
        })
        .collect();
    files.extend(made);
}

pub(super) fn write_comments(
    content: &SiteContent,
    posts: &[&SourcePost],
    files: &mut Vec<OutputFile>,
) {
    let made: Vec<OutputFile> = posts
        .par_iter()
        .map(|post| {
            let mut comments: Vec<Comment> = content
                .comments
                .get(&post.slug)
                .into_iter()
                .flatten()
                .map(|c| Comment {
                    id: c.id,
                    parent: c.parent,
                    author: c.author.clone(),
                    date: c.date,
                    body: c.body.clone(),
                })
                .collect();
            comments.sort_by_key(|c| (c.date, c.id));
            json_file(
                data_paths::comments(&post.slug),
                &CommentFile { schema: SCHEMA_VERSION, comments },
            )
        })
        .collect();
    files.extend(made);
}
