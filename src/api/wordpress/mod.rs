//! The WordPress data source: posts, terms, authors and comments from a WordPress site's REST
//! API, turned into the model by the pure [`crate::wordpress`]. Chosen by the site setting
//! `wordpress`; `static_json` hands each request here when it is set.
//!
//! Requests that do not depend on each other go out together; answers other than comments
//! are kept for the session like data files; and a page's requests are cancelled when the
//! reader leaves it before they finish.

mod comments;
mod requests;

use std::collections::HashMap;

use super::cache::Keep;
use super::transport::Cancel;
use super::{DataSource, LoadError};
use crate::data_paths::ListKey;
use crate::model::{ListPage, Post, PostFile, SiteFile, SCHEMA_VERSION};
use crate::search::SearchIndexFile;
use crate::wordpress::{self as wp, ListFilter, Paging, Query, WpPost, WpPostLink, WpTerm, WpUser};

/// What a data source knows about the WordPress site it reads from.
#[derive(Default)]
pub struct WordPress {
    /// Set when the site reads from WordPress alone (`wordpress`).
    query: Option<Query>,
    /// Set when the site was published from WordPress (`live_wordpress`): its files come
    /// first, and WordPress refreshes them (see `super::live`).
    live: Option<Query>,
    themes: Vec<crate::model::ThemeInfo>,
    projects_path: String,
    posts_per_page: u32,
    /// WordPress ids of categories, tags and authors, by the list that names them.
    ids: HashMap<ListKey, u64>,
    /// Post ids by slug, for their comments.
    post_ids: HashMap<String, u64>,
}

impl DataSource {
    /// What the source knows about its WordPress site; a poisoned lock (a panic elsewhere
    /// while it was held) still holds what was known.
    fn wordpress<R>(&self, read: impl FnOnce(&mut WordPress) -> R) -> R {
        let mut known = self.0.wordpress.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        read(&mut known)
    }

    /// The API's addresses, when the site reads from WordPress.
    pub(super) fn wordpress_query(&self) -> Option<Query> {
        self.wordpress(|wp| wp.query.clone())
    }

    /// The API's addresses, when the site was published from WordPress and is refreshed
    /// from it.
    pub(super) fn live_query(&self) -> Option<Query> {
        self.wordpress(|wp| wp.live.clone())
    }

    /// Fills in what `site.json` leaves to WordPress: categories, tags and authors with
    /// their counts, and the number of posts, asked for all at once. Months are left empty:
    /// WordPress's API has no archive of months. What does not arrive (offline, say, with
    /// only the pages a reader opened saved) leaves its part of the navigation empty rather
    /// than failing every page: each page's own content says what it could not load.
    pub(super) async fn complete_site(&self, site: &mut SiteFile) -> Result<(), LoadError> {
        let Some(root) = site.site.wordpress_api() else {
            // A published site's own files hold its navigation: nothing to ask for.
            self.know_live_site(site);
            return Ok(());
        };
        let query = Query::new(&root);
        let (categories, tags, authors, count) = futures::join!(
            self.every_page::<WpTerm>(|page| query.categories(page), Keep::Yes),
            self.every_page::<WpTerm>(|page| query.tags(page), Keep::Yes),
            self.every_page::<WpUser>(|page| query.authors(page), Keep::Yes),
            self.fetch::<Vec<serde_json::Value>>(query.post_count(), Keep::Yes),
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
        self.wordpress(|known| {
            known.query = Some(query);
            known.themes = site.themes.clone();
            known.projects_path = site.files.projects.clone();
            known.posts_per_page = site.posts_per_page.max(1);
            known.ids = ids;
        });
        Ok(())
    }

    /// Remembers what reading a published site's posts from WordPress needs, when its site
    /// file names the site it was published from (`live_wordpress`). The page frame calls
    /// this with the site file it shows: a hydrated page took that from the page, so
    /// [`DataSource::fetch_site`] never ran.
    pub fn know_live_site(&self, site: &SiteFile) {
        let Some(root) = site.site.live_wordpress_api() else {
            return;
        };
        self.wordpress(|known| {
            known.live = Some(Query::new(&root));
            known.themes = site.themes.clone();
            known.projects_path = site.files.projects.clone();
            known.posts_per_page = site.posts_per_page.max(1);
        });
    }

    /// Remembers where comments go, given the root of the WordPress API: all a comment form
    /// needs of the site, on a reading page that has no site file (src/reading/parts.rs).
    pub fn know_comment_api(&self, api_root: &str) {
        let root = api_root.trim();
        if root.is_empty() || self.wordpress_query().is_some() {
            return;
        }
        self.wordpress(|known| known.live = Some(Query::new(root)));
    }

    /// One page of a list of posts.
    pub(super) async fn wordpress_list(
        &self,
        query: Query,
        key: ListKey,
        page: u32,
        keep: Keep,
    ) -> Result<ListPage, LoadError> {
        let (per_page, mut filter) = self.wordpress(|known| {
            let id_of = |key: &ListKey| known.ids.get(&tag_of_theme(key)).copied();
            (known.posts_per_page, ListFilter::for_list(&key, id_of))
        });
        if filter.is_none() {
            // Not in the navigation (past its first hundred, or it did not load): ask for it.
            if let Some(id) = self.term_id(&query, &key).await {
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
            self.fetch::<Vec<WpPost>>(query.posts(&filter, page, per_page), keep).await?;
        self.remember_post_ids(&posts);
        invalid(&query.posts(&filter, page, per_page), wp::list_page(&posts, page, paging))
    }

    /// The id of the term a list names, asked for by its slug and then remembered.
    async fn term_id(&self, query: &Query, key: &ListKey) -> Option<u64> {
        let url = query.term_id(key)?;
        let (found, _) = self.fetch::<Vec<serde_json::Value>>(url, Keep::Yes).await.ok()?;
        let id = found.first()?.get("id")?.as_u64()?;
        self.wordpress(|known| known.ids.insert(tag_of_theme(key), id));
        Some(id)
    }

    /// One post, with the posts published just before and after it (asked for together).
    pub(super) async fn wordpress_post(
        &self,
        query: Query,
        slug: String,
        cancel: Cancel,
        keep: Keep,
    ) -> Result<PostFile, LoadError> {
        let post = self.wordpress_post_alone(&query, &slug, cancel, keep).await?;
        let (older, newer) = futures::join!(
            self.fetch_with::<Vec<WpPostLink>>(
                query.neighbour(post.date, false),
                Keep::Yes,
                cancel
            ),
            self.fetch_with::<Vec<WpPostLink>>(query.neighbour(post.date, true), Keep::Yes, cancel),
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

    /// One post, without its neighbours: what a live refresh compares (one request).
    pub(super) async fn wordpress_post_alone(
        &self,
        query: &Query,
        slug: &str,
        cancel: Cancel,
        keep: Keep,
    ) -> Result<Post, LoadError> {
        let url = query.post(slug);
        let (posts, _) = self.fetch_with::<Vec<WpPost>>(url.clone(), keep, cancel).await?;
        let Some(found) = posts.first() else {
            return Err(LoadError::NotFound { url });
        };
        self.remember_post_ids(&posts);
        let themes: Vec<String> =
            self.wordpress(|known| known.themes.iter().map(|t| t.slug.clone()).collect());
        invalid(&url, wp::post(found, &themes))
    }

    /// The search index, built from every post's title and excerpt (the first hundred, then
    /// the other pages at once) with the themes and projects of the site's own files.
    pub(super) async fn wordpress_search_index(
        &self,
        query: Query,
    ) -> Result<SearchIndexFile, LoadError> {
        let (themes, projects_path) =
            self.wordpress(|known| (known.themes.clone(), known.projects_path.clone()));
        let (posts, projects) = futures::join!(
            self.every_page::<WpPostLink>(|page| query.search_posts(page), Keep::No),
            self.clone().fetch_projects(projects_path),
        );
        let posts = posts?;
        // The register is a nicety here: search still finds posts and themes without it.
        Ok(wp::search_index(&posts, &themes, &projects.unwrap_or_default()))
    }

    /// The site file with the archive's months and each author's post count, counted from
    /// every post's date and author (WordPress's API gives neither): for the archives page
    /// only, so that other pages do not wait for every post's date.
    pub async fn with_archive(self, mut site: SiteFile) -> Result<SiteFile, LoadError> {
        let Some(query) = self.wordpress_query() else {
            return Ok(site);
        };
        let posts =
            self.every_page::<wp::WpDated>(|page| query.archive_posts(page), Keep::Yes).await?;
        let (months, by_author) = wp::archive_counts(&posts);
        site.months = months;
        self.wordpress(|known| {
            for author in &mut site.authors {
                let id = known.ids.get(&ListKey::Author(author.slug.clone()));
                author.post_count = id.and_then(|id| by_author.get(id)).copied().unwrap_or(0);
            }
        });
        Ok(site)
    }

    fn remember_post_ids(&self, posts: &[WpPost]) {
        self.wordpress(|known| {
            for post in posts {
                known.post_ids.insert(wp::slug(&post.slug), post.id);
            }
        });
    }
}

/// A theme's list is its tag's: WordPress knows themes as tags.
fn tag_of_theme(key: &ListKey) -> ListKey {
    match key {
        ListKey::Theme(slug) => ListKey::Tag(slug.clone()),
        other => other.clone(),
    }
}

fn invalid<T>(url: &str, result: Result<T, crate::model::DecodeError>) -> Result<T, LoadError> {
    result.map_err(|source| LoadError::Invalid { url: url.to_owned(), source })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_list_of_a_term_wordpress_lacks_names_the_address_that_found_nothing() {
        let query = Query::new("https://blog.example.gov.uk/wp-json/");
        let key = ListKey::Tag("no-such-tag".into());
        let source = DataSource::in_memory("/", Default::default());
        let err = futures::executor::block_on(source.wordpress_list(query, key, 1, Keep::Yes))
            .unwrap_err();
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
