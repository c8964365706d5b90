//! A post's comments from WordPress, and sending a reader's comment to it.

use super::{invalid, Keep};
use crate::api::transport::post_json;
use crate::api::{DataSource, LoadError};
use crate::comment_draft::{send_outcome, CommentDraft, SendOutcome};
use crate::model::Comment;
use crate::wordpress::{self as wp, Query, WpComment};

impl DataSource {
    /// Every approved comment on a post, oldest first: the first page, then the rest at once.
    pub(in crate::api) async fn wordpress_comments(
        &self,
        query: Query,
        slug: String,
    ) -> Result<Vec<Comment>, LoadError> {
        let post_id = self.post_id(&query, &slug).await?;
        let all =
            self.every_page::<WpComment>(|page| query.comments(post_id, page), Keep::No).await?;
        let url = query.comments(post_id, 1);
        all.iter().map(|c| invalid(&url, wp::comment(c))).collect()
    }

    /// Sends a reader's comment to WordPress. Anything that stops it reaching WordPress is
    /// `Unreachable` (the comment then waits in the outbox); WordPress's refusals are
    /// explained.
    pub async fn send_comment(
        self,
        slug: String,
        parent: Option<u64>,
        draft: CommentDraft,
    ) -> SendOutcome {
        // A site published from WordPress sends its comments there too.
        let Some(query) = self.wordpress_query().or_else(|| self.live_query()) else {
            return SendOutcome::Refused {
                message: "This blog does not take comments on its pages.".into(),
                field: None,
            };
        };
        let post_id =
            match self.post_id(&query, &slug).await {
                Ok(id) => id,
                Err(LoadError::Network { .. }) => return SendOutcome::Unreachable,
                Err(LoadError::NotFound { .. }) => return SendOutcome::Refused {
                    message:
                        "This post could not be found on the blog, so your comment was not sent."
                            .into(),
                    field: None,
                },
                // A server error or a damaged answer: likely to pass.
                Err(_) => {
                    return SendOutcome::TryLater {
                        message: "The blog had a problem taking your comment. It is still in the \
                              form: try again later."
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
    async fn post_id(&self, query: &Query, slug: &str) -> Result<u64, LoadError> {
        if let Some(id) = self.wordpress(|known| known.post_ids.get(slug).copied()) {
            return Ok(id);
        }
        let url = query.post_id(slug);
        let (ids, _) = self.fetch::<Vec<serde_json::Value>>(url.clone(), Keep::Yes).await?;
        ids.first()
            .and_then(|p| p.get("id"))
            .and_then(serde_json::Value::as_u64)
            .ok_or(LoadError::NotFound { url })
    }
}
