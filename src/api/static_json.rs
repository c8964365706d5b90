//! The static JSON data source: files under `data/`, next to the app.

use gloo_net::http::Request;
use serde::de::DeserializeOwned;

use super::{interpret_response, LoadError};
use crate::model::{Comment, CommentFile, Post, PostFile, PostIndex};

// Relative URLs resolve against the document's `<base href>`, so the same build reads its
// data at the site root and under a sub-path.
fn post_index_url() -> String {
    "data/posts.json".to_owned()
}

fn post_url(slug: &str) -> String {
    format!("data/posts/{slug}.json")
}

fn comments_url(slug: &str) -> String {
    format!("data/comments/{slug}.json")
}

/// Every post's summary, newest first.
pub async fn fetch_post_index() -> Result<PostIndex, LoadError> {
    fetch_json(&post_index_url()).await
}

/// One post, by slug.
pub async fn fetch_post(slug: String) -> Result<Post, LoadError> {
    fetch_json::<PostFile>(&post_url(&slug))
        .await
        .map(|file| file.post)
}

/// A post's comments, oldest first.
pub async fn fetch_comments(slug: String) -> Result<Vec<Comment>, LoadError> {
    fetch_json::<CommentFile>(&comments_url(&slug))
        .await
        .map(|file| file.comments)
}

async fn fetch_json<T: DeserializeOwned>(url: &str) -> Result<T, LoadError> {
    let network = |err: gloo_net::Error| LoadError::Network {
        url: url.to_owned(),
        message: err.to_string(),
    };
    let response = Request::get(url).send().await.map_err(network)?;
    let content_type = response.headers().get("content-type");
    let body = response.text().await.map_err(network)?;
    interpret_response(url, response.status(), content_type.as_deref(), &body)
}
