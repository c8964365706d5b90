//! One request to WordPress's REST API, or every page of a collection; answers kept for the
//! session with their paging.

use serde::de::DeserializeOwned;

use crate::api::cache::Keep;
use crate::api::response::interpret_wordpress_answer;
use crate::api::transport::Cancel;
use crate::api::{DataSource, LoadError};
use crate::wordpress::Paging;

impl DataSource {
    /// Every page of a collection: the first, then the rest at once.
    pub(super) async fn every_page<T: DeserializeOwned>(
        &self,
        url_for: impl Fn(u32) -> String,
        keep: Keep,
    ) -> Result<Vec<T>, LoadError> {
        let (mut all, paging) = self.fetch::<Vec<T>>(url_for(1), keep).await?;
        let rest = futures::future::join_all(
            (2..=paging.total_pages).map(|page| self.fetch::<Vec<T>>(url_for(page), keep)),
        )
        .await;
        for page in rest {
            all.extend(page?.0);
        }
        Ok(all)
    }

    pub(super) async fn fetch<T: DeserializeOwned>(
        &self,
        url: String,
        keep: Keep,
    ) -> Result<(T, Paging), LoadError> {
        self.fetch_with(url, keep, Cancel::OnLeave).await
    }

    /// One API request: decoded, with its paging headers. Kept answers are stored with their
    /// paging on the first line.
    pub(super) async fn fetch_with<T: DeserializeOwned>(
        &self,
        url: String,
        keep: Keep,
        cancel: Cancel,
    ) -> Result<(T, Paging), LoadError> {
        if keep == Keep::Yes {
            if let Some(kept) = self.kept(&url) {
                if let Some((paging, body)) = kept.split_once('\n') {
                    let mut numbers = paging.split(' ');
                    let paging = Paging::from_headers(numbers.next(), numbers.next(), 0);
                    let value =
                        interpret_wordpress_answer(&url, 200, Some("application/json"), body)?;
                    return Ok((value, paging));
                }
            }
        }
        let answer = self.get(&url, cancel).await?;
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
        if keep != Keep::No {
            self.keep(&url, format!("{} {}\n{}", paging.total, paging.total_pages, answer.body));
        }
        Ok((value, paging))
    }
}
