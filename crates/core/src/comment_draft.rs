//! A reader's comment on its way to WordPress: what they typed, its checks (GOV.UK's wording
//! for the error summary and inline errors), what WordPress's answer means, and the outbox
//! that keeps it across reloads and offline spells. Pure; `platform::comment_outbox` stores
//! it and `api` sends it.

use serde::{Deserialize, Serialize};

use crate::model::Timestamp;

/// What the reader typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentDraft {
    pub name: String,
    pub email: String,
    pub body: String,
}

/// The form's fields, in the order the page shows them (the error summary lists them so).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Email,
    Body,
}

impl Field {
    /// The input's id, which the error summary links to.
    pub fn id(self) -> &'static str {
        match self {
            Field::Name => "comment-name",
            Field::Email => "comment-email",
            Field::Body => "comment-body",
        }
    }
}

/// A problem with one field, in GOV.UK's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

/// The longest comment WordPress takes (its comment column holds 65,525 bytes).
pub const MAX_COMMENT_BYTES: usize = 65_525;

impl CommentDraft {
    /// Every problem, in the fields' order; empty when the comment can be sent.
    pub fn check(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let mut add =
            |field, message: &str| errors.push(FieldError { field, message: message.into() });
        if self.name.trim().is_empty() {
            add(Field::Name, "Enter your name");
        } else if self.name.chars().count() > 245 {
            add(Field::Name, "Your name must be 245 characters or fewer");
        }
        if self.email.trim().is_empty() {
            add(Field::Email, "Enter your email address");
        } else if !looks_like_email(self.email.trim()) {
            add(
                Field::Email,
                "Enter an email address in the correct format, like name@example.com",
            );
        }
        if self.body.trim().is_empty() {
            add(Field::Body, "Enter your comment");
        } else if self.body.len() > MAX_COMMENT_BYTES {
            add(Field::Body, "Your comment is too long: shorten it to send it");
        }
        errors
    }

    /// The JSON WordPress's `wp/v2/comments` takes from a reader who is not signed in.
    pub fn request_body(&self, post_id: u64, parent: Option<u64>) -> String {
        serde_json::json!({
            "post": post_id,
            "parent": parent.unwrap_or(0),
            "author_name": self.name.trim(),
            "author_email": self.email.trim(),
            "content": self.body.trim(),
        })
        .to_string()
    }
}

/// One `@`, something before it, and a dot in the domain after it: the check GOV.UK asks
/// for; WordPress checks the rest.
fn looks_like_email(email: &str) -> bool {
    let mut parts = email.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.contains(char::is_whitespace)
}

/// What became of a comment sent to WordPress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendOutcome {
    /// Taken, and held for a moderator: shown to its writer as awaiting moderation.
    Held { id: u64 },
    /// Taken and published at once.
    Published { id: u64 },
    /// Refused: the reader can change something and try again. `field` when one field is
    /// to blame.
    Refused { message: String, field: Option<Field> },
    /// WordPress had a passing problem (too many comments at once, an error of its own): the
    /// same comment may well be taken later, so a waiting one stays in the outbox.
    TryLater { message: String },
    /// WordPress could not be reached: the comment waits in the outbox.
    Unreachable,
}

/// Reads WordPress's answer to a new comment.
pub fn send_outcome(status: u16, body: &str) -> SendOutcome {
    let answer: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    let code = answer.get("code").and_then(|c| c.as_str()).unwrap_or("");
    let refused =
        |message: &str, field| SendOutcome::Refused { message: message.to_owned(), field };
    match status {
        200..=299 => {
            let id = answer.get("id").and_then(|i| i.as_u64()).unwrap_or(0);
            match answer.get("status").and_then(|s| s.as_str()) {
                Some("approved") => SendOutcome::Published { id },
                _ => SendOutcome::Held { id },
            }
        }
        400 if body.contains("author_email") || code == "rest_comment_author_email_invalid" => {
            refused(
                "Enter an email address in the correct format, like name@example.com",
                Some(Field::Email),
            )
        }
        400 if code == "rest_comment_content_invalid" => {
            refused("Enter your comment", Some(Field::Body))
        }
        400 if code == "rest_comment_author_data_required" => {
            refused("Enter your name and email address", Some(Field::Name))
        }
        400 => {
            refused("The blog could not take your comment as it is. Check it and try again.", None)
        }
        401 => refused(
            "This blog only takes comments from people signed in to it, so your comment was not \
             sent. It is still in the form.",
            None,
        ),
        403 => refused(
            "Comments on this post are closed, so your comment was not sent. It is still in the \
             form.",
            None,
        ),
        409 => refused(
            "You have already sent this comment. It will appear once a moderator approves it.",
            None,
        ),
        429 => SendOutcome::TryLater {
            message: "You are sending comments too quickly. Wait a minute, then try again.".into(),
        },
        _ => SendOutcome::TryLater {
            message: "The blog had a problem taking your comment. It is still in the form: try \
                      again later."
                .into(),
        },
    }
}

/// A comment the reader wrote, kept in the browser until WordPress shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentComment {
    pub post_slug: String,
    pub parent: Option<u64>,
    pub draft: CommentDraft,
    pub written: Timestamp,
    pub state: SentState,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SentState {
    /// Written offline (or WordPress was unreachable): sent when the connection returns.
    Waiting,
    /// Taken by WordPress and awaiting moderation.
    Held { id: u64 },
}

/// The outbox: comments waiting to be sent and comments awaiting moderation, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outbox {
    #[serde(default)]
    pub comments: Vec<SentComment>,
}

impl Outbox {
    /// Reads what was stored; anything unreadable is an empty outbox rather than an error
    /// on every page.
    pub fn from_json(text: Option<&str>) -> Self {
        text.and_then(|t| serde_json::from_str(t).ok()).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn for_post<'a>(&'a self, slug: &'a str) -> impl Iterator<Item = &'a SentComment> + 'a {
        self.comments.iter().filter(move |c| c.post_slug == slug)
    }

    /// Forgets held comments older than `days`: one a moderator rejected or marked as spam
    /// never appears, and its writer's name and address should not stay on the device for ever.
    pub fn forget_held_before(&mut self, now: Timestamp, days: i64) {
        let oldest = now.unix_seconds() - days * 24 * 3600;
        self.comments.retain(|c| {
            !(matches!(c.state, SentState::Held { .. }) && c.written.unix_seconds() < oldest)
        });
    }

    /// Forgets held comments that WordPress now shows (approved), by id.
    pub fn forget_published(&mut self, slug: &str, shown: &[u64]) {
        self.comments.retain(|c| {
            !(c.post_slug == slug
                && matches!(c.state, SentState::Held { id } if shown.contains(&id)))
        });
    }
}

#[cfg(test)]
mod tests;
