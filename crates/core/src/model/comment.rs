use serde::{Deserialize, Serialize};

use super::Timestamp;

/// A reader's comment on a post.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    /// Unique within the blog; the comment's anchor is `#comment-{id}`.
    pub id: u64,
    /// The comment this one replies to, if any.
    #[serde(default)]
    pub parent: Option<u64>,
    /// The name the commenter gave. Plain text.
    pub author: String,
    pub date: Timestamp,
    /// Plain text; blank lines separate paragraphs.
    pub body: String,
}

/// `data/comments/{post slug}.json`: a post's comments, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentFile {
    pub schema: u32,
    pub comments: Vec<Comment>,
}

impl super::DataFile for CommentFile {
    fn schema(&self) -> u32 {
        self.schema
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::decode_data_file;

    #[test]
    fn decodes_comments_and_their_parents() {
        let file: CommentFile = decode_data_file(
            r#"{"schema":1,"comments":[
                {"id":1,"author":"simonfj","date":"2014-10-13T08:00:00Z","body":"Useful."},
                {"id":2,"parent":1,"author":"Editor","date":"2014-10-14T08:00:00Z","body":"Thanks"}
            ]}"#,
        )
        .unwrap();
        assert_eq!(file.comments[0].parent, None);
        assert_eq!(file.comments[1].parent, Some(1));
    }

    #[test]
    fn an_id_that_is_not_a_number_is_named() {
        let err = decode_data_file::<CommentFile>(
            r#"{"schema":1,"comments":[{"id":"x","author":"a","date":"2014-10-13","body":""}]}"#,
        )
        .unwrap_err();
        assert!(err.to_string().contains("`comments[0].id`"), "{err}");
    }
}
