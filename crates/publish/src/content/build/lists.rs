//! The lists of posts: the home page's, and each category's, tag's, author's, month's and
//! theme's, a file per page.

use super::*;

pub(super) fn write_lists(
    content: &SiteContent,
    posts: &[&SourcePost],
    summaries: &[PostSummary],
    files: &mut Vec<OutputFile>,
) {
    let mut lists: BTreeMap<ListKey, Vec<usize>> = BTreeMap::new();
    lists.insert(ListKey::Home, (0..posts.len()).collect());
    for category in &content.categories {
        lists.insert(ListKey::Category(category.slug.clone()), Vec::new());
    }
    for author in &content.authors {
        lists.insert(ListKey::Author(author.slug.clone()), Vec::new());
    }
    for theme in &content.themes {
        lists.insert(ListKey::Theme(theme.slug.clone()), Vec::new());
    }
    for (i, post) in posts.iter().enumerate() {
        let t = post.date.uk();
        let mut keys = vec![ListKey::Month { year: t.year, month: t.month }];
        keys.extend(post.categories.iter().map(|s| ListKey::Category(s.clone())));
        keys.extend(post.authors.iter().map(|s| ListKey::Author(s.clone())));
        keys.extend(post.themes.iter().map(|s| ListKey::Theme(s.clone())));
        keys.extend(post.tag_terms().into_iter().map(|t| ListKey::Tag(t.slug)));
        for key in keys {
            let members = lists.entry(key).or_default();
            if members.last() != Some(&i) {
                members.push(i);
            }
        }
    }
    let per_page = content.posts_per_page.max(1) as usize;
    for (key, members) in lists {
        let total_pages = members.len().div_ceil(per_page).max(1);
        for page in 1..=total_pages {
            let chunk = members.iter().skip((page - 1) * per_page).take(per_page);
            let list = ListPage {
                schema: SCHEMA_VERSION,
                page: page as u32,
                total_pages: total_pages as u32,
                total_posts: members.len() as u32,
                posts: chunk.map(|&i| summaries[i].clone()).collect(),
            };
            files.push(json_file(key.data_path(page as u32), &list));
        }
    }
}
