//! The WordPress data source: posts, terms, authors and comments from a WordPress site's REST
//! API, turned into the model by the pure [`crate::wordpress`]. Chosen by the site setting
//! `wordpress`; `static_json` hands each request here when it is set.
//!
//! Requests that do not depend on each other go out together; answers other than comments
//! are kept for the session like data files; and a page's requests are cancelled when the
//! reader leaves it before they finish.

use std::cell::RefCell;
use std::collections::HashMap;

use serde::de::DeserializeOwned;

use super::transport::{get, get_cancellable, post_json};
use super::{cache, LoadError};
use crate::api::response::interpret_wordpress_answer;
use crate::comment_draft::{send_outcome, CommentDraft, SendOutcome};
use crate::data_paths::ListKey;
use crate::model::{Comment, ListPage, PostFile, SiteFile, SCHEMA_VERSION};
use crate::search::SearchIndexFile;
use crate::wordpress::{
    self as wp, ListFilter, Paging, Query, WpComment, WpPost, WpPostLink, WpTerm, WpUser,
};

/// What the reader knows about the WordPress site it reads from.
#[derive(Default)]
struct Source {
    query: Option<Query>,
    themes: Vec<crate::model::ThemeInfo>,
    projects_path: String,
    posts_per_page: u32,
    /// WordPress ids of categories, tags and authors, by the list that names them.
    ids: HashMap<ListKey, u64>,
    /// Post ids by slug, for their comments.
    post_ids: HashMap<String, u64>,
}

thread_local! {
    static SOURCE: RefCell<Source> = RefCell::new(Source::default());
}

/// The API's addresses, when the site reads from WordPress.
pub fn query() -> Option<Query> {
    SOURCE.with(|s| s.borrow().query.clone())
}

/// Fills in what `site.json` leaves to WordPress: categories, tags and authors with their
/// counts, and the number of posts, asked for all at once. Months are left empty: WordPress's
/// API has no archive of months. What does not arrive (offline, say, with only the pages a
/// reader opened saved) leaves its part of the navigation empty rather than failing every
/// page: each page's own content says what it could not load.
pub async fn complete_site(site: &mut SiteFile) -> Result<(), LoadError> {
    let Some(root) = site.site.wordpress_api() else {
        return Ok(());
    };
    let query = Query::new(&root);
    let (categories, tags, authors, count) = futures::join!(
        every_page::<WpTerm>(|page| query.categories(page), Keep::Yes),
        every_page::<WpTerm>(|page| query.tags(page), Keep::Yes),
        every_page::<WpUser>(|page| query.authors(page), Keep::Yes),
        fetch::<Vec<serde_json::Value>>(query.post_count(), Keep::Yes),
    );
    let categories = categories.unwrap_or_default();
    let tags = tags.unwrap_or_default();
    let authors = authors.unwrap_or_default();
    let mut ids = HashMap::new();
    ids.extend(categories.iter().map(|t| (ListKey::Category(wp::slug(&t.slug)), t.id)));
    ids.extend(tags.iter().map(|t| (ListKey::Tag(wp::slug(&t.slug)), t.id)));
    ids.extend(authors.iter().map(|u| (ListKey::Author(wp::slug(&u.slug)), u.id)));
    site.categories = categories.iter().map(wp::term_info).collect();
    site.tags = tags.iter().map(wp::term_info).collect();
    site.authors = authors.iter().map(wp::author_info).collect();
    site.months.clear();
    site.post_count = count.map(|(_, paging)| paging.total).unwrap_or(0);
    SOURCE.with(|s| {
        let mut source = s.borrow_mut();
        source.query = Some(query);
        source.themes = site.themes.clone();
        source.projects_path = site.files.projects.clone();
        source.posts_per_page = site.posts_per_page.max(1);
        source.ids = ids;
    });
    Ok(())
}

/// One page of a list of posts.
pub async fn fetch_list(query: Query, key: ListKey, page: u32) -> Result<ListPage, LoadError> {
    let (per_page, mut filter) = SOURCE.with(|s| {
        let source = s.borrow();
        let id_of = |key: &ListKey| {
            let key = match key {
                ListKey::Theme(slug) => ListKey::Tag(slug.clone()),
                other => other.clone(),
            };
            source.ids.get(&key).copied()
        };
        (source.posts_per_page, ListFilter::for_list(&key, id_of))
    });
    if filter.is_none() {
        // Not in the navigation (past its first hundred, or it did not load): ask for it.
        if let Some(id) = term_id(&query, &key).await {
            filter = ListFilter::for_list(&key, |_| Some(id));
        }
    }
    let Some(filter) = filter else {
        // A theme no post is tagged with has an empty list; any other unknown term, none.
        return match key {
            ListKey::Theme(_) if page == 1 => Ok(ListPage {
                schema: SCHEMA_VERSION,
                page: 1,
                total_pages: 1,
                total_posts: 0,
                posts: Vec::new(),
            }),
            // The address that found nothing, for the error panel's details.
            _ => Err(LoadError::NotFound {
                url: query
                    .term_id(&key)
                    .unwrap_or_else(|| query.posts(&ListFilter::All, page, per_page)),
            }),
        };
    };
    let (posts, paging) =
        fetch::<Vec<WpPost>>(query.posts(&filter, page, per_page), Keep::Yes).await?;
    remember_post_ids(&posts);
    invalid(&query.posts(&filter, page, per_page), wp::list_page(&posts, page, paging))
}

/// The id of the term a list names, asked for by its slug and then remembered.
async fn term_id(query: &Query, key: &ListKey) -> Option<u64> {
    let url = query.term_id(key)?;
    let (found, _) = fetch::<Vec<serde_json::Value>>(url, Keep::Yes).await.ok()?;
    let id = found.first()?.get("id")?.as_u64()?;
    let key = match key {
        ListKey::Theme(slug) => ListKey::Tag(slug.clone()),
        other => other.clone(),
    };
    SOURCE.with(|s| s.borrow_mut().ids.insert(key, id));
    Some(id)
}

/// One post, with the posts published just before and after it (asked for together).
pub async fn fetch_post(query: Query, slug: String) -> Result<PostFile, LoadError> {
    post_file(query, slug, Cancel::OnLeave).await
}

/// A post fetched ahead of the reader (a neighbour of the post they read): not stopped when
/// they move on, since moving on is usually to that very post.
pub async fn prefetch_post(query: Query, slug: String) -> Option<PostFile> {
    post_file(query, slug, Cancel::Never).await.ok()
}

async fn post_file(query: Query, slug: String, cancel: Cancel) -> Result<PostFile, LoadError> {
    let url = query.post(&slug);
    let (posts, _) = fetch_with::<Vec<WpPost>>(url.clone(), Keep::Yes, cancel).await?;
    let Some(found) = posts.first() else {
        return Err(LoadError::NotFound { url });
    };
    remember_post_ids(&posts);
    let themes: Vec<String> =
        SOURCE.with(|s| s.borrow().themes.iter().map(|t| t.slug.clone()).collect());
    let post = invalid(&url, wp::post(found, &themes))?;
    let (older, newer) = futures::join!(
        fetch_with::<Vec<WpPostLink>>(query.neighbour(post.date, false), Keep::Yes, cancel),
        fetch_with::<Vec<WpPostLink>>(query.neighbour(post.date, true), Keep::Yes, cancel),
    );
    let link = |answer: Result<(Vec<WpPostLink>, Paging), LoadError>| {
        answer.ok().and_then(|(links, _)| links.first().and_then(|l| wp::post_link(l).ok()))
    };
    Ok(PostFile {
        schema: SCHEMA_VERSION,
        post,
        previous: link(older),
        next: link(newer),
        related: Vec::new(),
    })
}

/// Every approved comment on a post, oldest first: the first page, then the rest at once.
pub async fn fetch_comments(query: Query, slug: String) -> Result<Vec<Comment>, LoadError> {
    let post_id = post_id(&query, &slug).await?;
    let all = every_page::<WpComment>(|page| query.comments(post_id, page), Keep::No).await?;
    let url = query.comments(post_id, 1);
    all.iter().map(|c| invalid(&url, wp::comment(c))).collect()
}

/// The search index, built from every post's title and excerpt (the first hundred, then the
/// other pages at once) with the themes and projects of the site's own files.
pub async fn search_index() -> Result<SearchIndexFile, LoadError> {
    let Some(query) = query() else {
        // Only a site with a WordPress address searches WordPress.
        return Err(LoadError::NotFound {
            url: super::static_json::data_url(&crate::data_paths::site()),
        });
    };
    let (themes, projects_path) =
        SOURCE.with(|s| (s.borrow().themes.clone(), s.borrow().projects_path.clone()));
    let (posts, projects) = futures::join!(
        every_page::<WpPostLink>(|page| query.search_posts(page), Keep::No),
        super::fetch_projects(projects_path),
    );
    let posts = posts?;
    // The register is a nicety here: search still finds posts and themes without it.
    Ok(wp::search_index(&posts, &themes, &projects.unwrap_or_default()))
}

/// The site file with the archive's months and each author's post count, counted from every
/// post's date and author (WordPress's API gives neither): for the archives page only, so
/// that other pages do not wait for every post's date.
pub async fn with_archive(mut site: SiteFile) -> Result<SiteFile, LoadError> {
    let Some(query) = query() else {
        return Ok(site);
    };
    let posts = every_page::<wp::WpDated>(|page| query.archive_posts(page), Keep::Yes).await?;
    let (months, by_author) = wp::archive_counts(&posts);
    site.months = months;
    SOURCE.with(|s| {
        let source = s.borrow();
        for author in &mut site.authors {
            let id = source.ids.get(&ListKey::Author(author.slug.clone()));
            author.post_count = id.and_then(|id| by_author.get(id)).copied().unwrap_or(0);
        }
    });
    Ok(site)
}

/// Sends a reader's comment to WordPress. Anything that stops it reaching WordPress is
/// `Unreachable` (the comment then waits in the outbox); WordPress's refusals are explained.
pub async fn send_comment(slug: String, parent: Option<u64>, draft: CommentDraft) -> SendOutcome {
    let Some(query) = query() else {
        return SendOutcome::Refused {
            message: "This blog does not take comments on its pages.".into(),
            field: None,
        };
    };
    let post_id = match post_id(&query, &slug).await {
        Ok(id) => id,
        Err(LoadError::Network { .. }) => return SendOutcome::Unreachable,
        Err(LoadError::NotFound { .. }) => {
            return SendOutcome::Refused {
                message: "This post could not be found on the blog, so your comment was not sent."
                    .into(),
                field: None,
            }
        }
        // A server error or a damaged answer: likely to pass.
        Err(_) => {
            return SendOutcome::TryLater {
                message: "The blog had a problem taking your comment. It is still in the form: \
                          try again later."
                    .into(),
            }
        }
    };
    match post_json(&query.new_comment(), draft.request_body(post_id, parent)).await {
        Ok(answer) => send_outcome(answer.status, &answer.body),
        Err(_) => SendOutcome::Unreachable,
    }
}

/// A post's WordPress id: known once its page or a list showing it has loaded.
async fn post_id(query: &Query, slug: &str) -> Result<u64, LoadError> {
    if let Some(id) = SOURCE.with(|s| s.borrow().post_ids.get(slug).copied()) {
        return Ok(id);
    }
    let url = query.post_id(slug);
    let (ids, _) = fetch::<Vec<serde_json::Value>>(url.clone(), Keep::Yes).await?;
    ids.first()
        .and_then(|p| p.get("id"))
        .and_then(serde_json::Value::as_u64)
        .ok_or(LoadError::NotFound { url })
}

fn remember_post_ids(posts: &[WpPost]) {
    SOURCE.with(|s| {
        let mut source = s.borrow_mut();
        for post in posts {
            source.post_ids.insert(wp::slug(&post.slug), post.id);
        }
    });
}

fn invalid<T>(url: &str, result: Result<T, crate::model::DecodeError>) -> Result<T, LoadError> {
    result.map_err(|source| LoadError::Invalid { url: url.to_owned(), source })
}

/// Every page of a collection: the first, then the rest at once.
async fn every_page<T: DeserializeOwned>(
    url_for: impl Fn(u32) -> String,
    keep: Keep,
) -> Result<Vec<T>, LoadError> {
    let (mut all, paging) = fetch::<Vec<T>>(url_for(1), keep).await?;
    let rest = futures::future::join_all(
        (2..=paging.total_pages).map(|page| fetch::<Vec<T>>(url_for(page), keep)),
    )
    .await;
    for page in rest {
        all.extend(page?.0);
    }
    Ok(all)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    Yes,
    No,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cancel {
    /// Stopped when the reader moves to another page (see `transport::begin_page`).
    OnLeave,
    Never,
}

async fn fetch<T: DeserializeOwned>(url: String, keep: Keep) -> Result<(T, Paging), LoadError> {
    fetch_with(url, keep, Cancel::OnLeave).await
}

/// One API request: decoded, with its paging headers. Kept answers are stored with their
/// paging on the first line.
async fn fetch_with<T: DeserializeOwned>(
    url: String,
    keep: Keep,
    cancel: Cancel,
) -> Result<(T, Paging), LoadError> {
    if keep == Keep::Yes {
        if let Some(kept) = cache::get(&url) {
            if let Some((paging, body)) = kept.split_once('\n') {
                let mut numbers = paging.split(' ');
                let paging = Paging::from_headers(numbers.next(), numbers.next(), 0);
                let value = interpret_wordpress_answer(&url, 200, Some("application/json"), body)?;
                return Ok((value, paging));
            }
        }
    }
    let answer = match cancel {
        Cancel::OnLeave => get_cancellable(&url).await?,
        Cancel::Never => get(&url).await?,
    };
    let value: T = interpret_wordpress_answer(
        &url,
        answer.status,
        answer.content_type.as_deref(),
        &answer.body,
    )?;
    let arrived =
        serde_json::from_str::<Vec<serde::de::IgnoredAny>>(&answer.body).map_or(1, |v| v.len());
    let paging =
        Paging::from_headers(answer.total.as_deref(), answer.total_pages.as_deref(), arrived);
    if keep == Keep::Yes {
        cache::put(&url, format!("{} {}\n{}", paging.total, paging.total_pages, answer.body));
    }
    Ok((value, paging))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_list_of_a_term_wordpress_lacks_names_the_address_that_found_nothing() {
        let query = Query::new("https://blog.example.gov.uk/wp-json/");
        let key = ListKey::Tag("no-such-tag".into());
        let err = futures::executor::block_on(fetch_list(query, key, 1)).unwrap_err();
        assert_eq!(
            err,
            LoadError::NotFound {
                url: "https://blog.example.gov.uk/wp-json/wp/v2/tags?slug=no-such-tag&_fields=id"
                    .into()
            }
        );
        assert!(!err.to_string().contains("Tag("), "{err}");
    }
}
