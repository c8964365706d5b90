//! Related posts: those that share the most with a post, nearest in time first.
//!
//! Candidates come only from the posts nearest in date within each facet a post has, so the
//! work grows with the number of posts, not its square.

use std::collections::HashMap;

/// What a post is about, by index into the site's lists of each.
pub struct Facets<'a> {
    pub themes: &'a [String],
    pub projects: &'a [String],
    pub tags: &'a [String],
    pub categories: &'a [String],
}

const WEIGHTS: [u32; 4] = [2, 3, 2, 1];
const NEAREST: usize = 30;

/// For each post (newest first, as given), the indices of up to `limit` related posts.
pub fn related_posts(posts: &[Facets<'_>], limit: usize) -> Vec<Vec<usize>> {
    // For each facet kind and value, the posts that have it, newest first.
    let mut index: [HashMap<&str, Vec<usize>>; 4] = Default::default();
    for (i, post) in posts.iter().enumerate() {
        for (kind, values) in facet_lists(post).into_iter().enumerate() {
            for value in values {
                index[kind].entry(value.as_str()).or_default().push(i);
            }
        }
    }
    posts
        .iter()
        .enumerate()
        .map(|(i, post)| {
            let mut scores: HashMap<usize, u32> = HashMap::new();
            for (kind, values) in facet_lists(post).into_iter().enumerate() {
                for value in values {
                    let members = &index[kind][value.as_str()];
                    let at = members.binary_search(&i).unwrap_or_else(|at| at);
                    let from = at.saturating_sub(NEAREST / 2);
                    let to = (at + NEAREST / 2 + 1).min(members.len());
                    for &j in &members[from..to] {
                        if j != i {
                            *scores.entry(j).or_default() += WEIGHTS[kind];
                        }
                    }
                }
            }
            let mut ranked: Vec<(usize, u32)> = scores.into_iter().collect();
            ranked.sort_by_key(|&(j, score)| (std::cmp::Reverse(score), j.abs_diff(i), j));
            ranked.into_iter().take(limit).map(|(j, _)| j).collect()
        })
        .collect()
}

fn facet_lists<'a>(post: &Facets<'a>) -> [&'a [String]; 4] {
    [post.themes, post.projects, post.tags, post.categories]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| v.to_string()).collect()
    }

    #[test]
    fn prefers_shared_projects_then_nearness() {
        let data = [
            (strings(&["openness"]), strings(&["p1"])),
            (strings(&["openness"]), strings(&[])),
            (strings(&["evidence"]), strings(&["p1"])),
            (strings(&["efficiency"]), strings(&[])),
        ];
        let empty: Vec<String> = Vec::new();
        let facets: Vec<Facets> = data
            .iter()
            .map(|(themes, projects)| Facets { themes, projects, tags: &empty, categories: &empty })
            .collect();
        let related = related_posts(&facets, 3);
        assert_eq!(related[0], vec![2, 1], "the shared project outweighs the shared theme");
        assert_eq!(related[1], vec![0]);
        assert!(related[3].is_empty(), "nothing shared, nothing related");
    }
}
