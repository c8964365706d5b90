//! Refreshing a published WordPress site's pages from WordPress (`live_wordpress` in the site
//! file): once a page has shown a list, a post or comments from the site's files, the page
//! asks here for WordPress's version. Each answer is WordPress's only when a reader would see
//! a difference (the pure `blog_core::live` decides); anything WordPress does not answer
//! (offline, down, a post it no longer shows) leaves the page as it is, so the files stay the
//! fallback.

use super::cache::Keep;
use super::transport::Cancel;
use super::DataSource;
use crate::data_paths::ListKey;
use crate::model::{Comment, ListPage, PostFile};
use blog_core::live;

/// What a refresh found: WordPress's version when it differs, whether WordPress answered.
pub enum Refreshed<T> {
    /// WordPress's version, which differs from what is shown.
    Fresher(T),
    /// WordPress answered the same.
    Same,
    /// WordPress did not answer (or the site is not live): what is shown stays.
    Kept,
}

impl<T> Refreshed<T> {
    fn from(answer: Option<Option<T>>) -> Self {
        match answer {
            Some(Some(fresher)) => Refreshed::Fresher(fresher),
            Some(None) => Refreshed::Same,
            None => Refreshed::Kept,
        }
    }

    /// For `data-live-*` on the page.
    pub fn outcome(&self) -> &'static str {
        match self {
            Refreshed::Fresher(_) => "updated",
            Refreshed::Same => "same",
            Refreshed::Kept => "kept",
        }
    }
}

impl DataSource {
    /// Whether the site's pages are refreshed from WordPress. Known once the site file has
    /// loaded.
    pub fn is_live(&self) -> bool {
        self.live_query().is_some()
    }

    /// WordPress's page of a list, when it differs from `shown`. Always asked of the network:
    /// this session's earlier answer may be what is shown.
    pub async fn refresh_list(
        self,
        key: ListKey,
        page: u32,
        shown: ListPage,
    ) -> Refreshed<ListPage> {
        let Some(query) = self.live_query() else { return Refreshed::Kept };
        let answer = self.wordpress_list(query, key, page, Keep::Renew).await.ok();
        Refreshed::from(answer.map(|answer| live::fresher_list(&shown, answer)))
    }

    /// WordPress's version of a post, when a reader would see a difference from `shown`. One
    /// request: its neighbours are not asked for (the page does not redraw what is below the
    /// fold), so they stay `shown`'s.
    pub async fn refresh_post(self, shown: PostFile) -> Refreshed<PostFile> {
        let Some(query) = self.live_query() else { return Refreshed::Kept };
        let slug = shown.post.slug.clone();
        let answer =
            self.wordpress_post_alone(&query, &slug, Cancel::OnLeave, Keep::Renew).await.ok();
        Refreshed::from(answer.map(|post| {
            let answer = PostFile { post, ..shown.clone() };
            live::fresher_post(&shown, answer, crate::wordpress::html_to_text)
        }))
    }

    /// WordPress's comments on a post, when they differ from `shown`.
    pub async fn refresh_comments(
        self,
        slug: String,
        shown: Vec<Comment>,
    ) -> Refreshed<Vec<Comment>> {
        let Some(query) = self.live_query() else { return Refreshed::Kept };
        let answer = self.wordpress_comments(query, slug).await.ok();
        Refreshed::from(answer.map(|answer| live::fresher_comments(&shown, answer)))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use futures::executor::block_on;

    use super::*;
    use crate::api::LoadError;
    use crate::model::{decode_data_file, SiteFile};

    fn site(live: &str) -> SiteFile {
        decode_data_file(&format!(
            r#"{{"schema":1,"site":{{"title":"T","department":"D","description":"d"{live}}},
                "themes":[],"categories":[],"authors":[],"months":[],
                "post_count":0,"project_count":0,"posts_per_page":5}}"#
        ))
        .unwrap()
    }

    const POST: &str = r#"{"schema":1,"post":{"slug":"old","title":"Old","date":"2015-01-10T09:30:00Z",
        "authors":[],"categories":[],"body":"<p>Body</p>","body_format":"html"}}"#;

    fn source() -> DataSource {
        let files = [("data/posts/old.json".to_owned(), POST.to_owned())];
        DataSource::in_memory("/", files.into_iter().collect())
    }

    #[test]
    fn a_source_is_live_once_it_has_seen_a_site_file_naming_the_wordpress_it_came_from() {
        let source = source();
        source.know_live_site(&site(""));
        assert!(!source.is_live());
        source.know_live_site(&site(r#","live_wordpress":"https://blog.example.gov.uk/""#));
        assert!(source.is_live());
    }

    #[test]
    fn a_post_its_files_lack_is_asked_of_wordpress_only_on_a_live_site() {
        let source = source();
        let missing = block_on(source.clone().fetch_post("new".into())).unwrap_err();
        assert_eq!(missing, LoadError::NotFound { url: "/data/posts/new.json".into() });
        source.know_live_site(&site(r#","live_wordpress":"https://blog.example.gov.uk""#));
        // The host fetches nothing: the error names the address WordPress was asked at.
        let asked = block_on(source.clone().fetch_post("new".into())).unwrap_err().to_string();
        assert!(asked.contains("https://blog.example.gov.uk/wp-json/wp/v2/posts?"), "{asked}");
        // A post the files have is read from them.
        assert_eq!(block_on(source.fetch_post("old".into())).unwrap().post.title, "Old");
    }

    #[test]
    fn what_wordpress_does_not_answer_keeps_what_is_shown() {
        let source = source();
        let shown: PostFile = decode_data_file(POST).unwrap();
        assert!(matches!(block_on(source.clone().refresh_post(shown.clone())), Refreshed::Kept));
        source.know_live_site(&site(r#","live_wordpress":"https://blog.example.gov.uk""#));
        assert!(matches!(block_on(source.clone().refresh_post(shown)), Refreshed::Kept));
        let list = block_on(source.refresh_list(ListKey::Home, 1, empty_list()));
        assert_eq!(list.outcome(), "kept");
    }

    fn empty_list() -> ListPage {
        decode_data_file(r#"{"schema":1,"page":1,"total_pages":1,"total_posts":0,"posts":[]}"#)
            .unwrap()
    }
}
