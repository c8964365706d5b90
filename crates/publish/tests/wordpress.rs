//! `publish --from-wordpress` against a stub WordPress (tests/wordpress_stub): every page of
//! the API read and pre-rendered with hostile HTML sanitised; retries on 429; and every way
//! WordPress can fail exits non-zero naming the address, leaving OUT byte for byte as it was.
#![cfg(not(target_arch = "wasm32"))]

mod wordpress_stub;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use wordpress_stub::{collection_of, content_folder as content, listing, page_of, site, Reply};

const SECRET: &str = "editor:s3cret-Pa55 w0rd";

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("publish-wp-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn publish(dir: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_publish"))
        .args(["--from-wordpress", "--content"])
        .arg(dir)
        .arg("--template")
        .arg(dir.join("template.html"))
        .arg("--out")
        .arg(dir.join("out"))
        .args(extra)
        .env("WORDPRESS_APP_PASSWORD", SECRET)
        .output()
        .unwrap()
}

fn text(files: &[(String, Vec<u8>, std::time::SystemTime)], path_part: &str) -> String {
    let (_, bytes, _) = files
        .iter()
        .find(|(name, _, _)| name == path_part)
        .or_else(|| files.iter().find(|(name, _, _)| name.ends_with(&format!("/{path_part}"))))
        .unwrap_or_else(|| panic!("no file at {path_part}"));
    String::from_utf8(bytes.clone()).unwrap()
}

#[test]
fn every_page_of_every_collection_is_published_sanitised_and_without_the_credentials() {
    let dir = temp("whole");
    // 150 posts (two pages of a hundred), 120 comments on post 1 (two pages); the first
    // request for the posts is told to wait (429), as a busy WordPress does.
    let stub = site(150, 120, |path, before| {
        (collection_of(path) == "posts" && page_of(path) == 1 && before == 0).then(|| {
            let mut reply = Reply::status(429);
            reply.headers.push(("Retry-After".into(), "0".into()));
            reply
        })
    });
    content(&dir, &stub.address);
    let run = publish(&dir, &[]);
    let (stdout, stderr) =
        (String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
    assert!(run.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("read 150 posts and 120 comments from WordPress"), "{stdout}");

    let seen = stub.seen.lock().unwrap().clone();
    let posts: Vec<_> = seen.iter().filter(|s| collection_of(&s.path) == "posts").collect();
    assert_eq!(posts.len(), 3, "page 1 twice (429, then the answer), page 2 once: {posts:?}");
    assert!(posts.iter().any(|s| s.path.contains("per_page=100&page=2")));
    let comment_pages = seen.iter().filter(|s| collection_of(&s.path) == "comments").count();
    assert_eq!(comment_pages, 2);
    // Basic authentication of "editor:s3cret-Pa55 w0rd", on every request.
    let basic = "Basic ZWRpdG9yOnMzY3JldC1QYTU1IHcwcmQ=";
    assert!(seen.iter().all(|s| s.authorization.as_deref() == Some(basic)), "{seen:?}");

    let files = listing(&dir.join("out"));
    let home = text(&files, "index.html");
    assert!(home.contains("Post 150 &amp; more") && !home.contains("Post 140 "), "the newest ten");
    let page_two = text(&files, "page/2/index.html");
    assert!(page_two.contains("Post 140 &amp; more"));
    let first = text(&files, "post-1/index.html");
    assert!(first.contains("Body of post 1."), "the body is in the page without JavaScript");
    assert!(first.contains("Comment number 120") && first.contains("Comment number 1<"));
    let tag = files.iter().find(|(n, _, _)| n.contains("здоровье") && n.ends_with("index.html"));
    let tag = String::from_utf8(tag.expect("a page for the non-ASCII tag").1.clone()).unwrap();
    assert!(tag.contains("Здоровье") && tag.contains("Post 150"));
    let category = files.iter().find(|(n, _, _)| n == "category/новости/page/2/index.html");
    let category = String::from_utf8(category.expect("the non-ASCII category's page 2").1.clone());
    assert!(category.unwrap().contains("Post 140 &amp; more"));
    assert!(text(&files, "themes/openness/index.html").contains("Post 150"));
    // WordPress's pages are the site's pages, but not at an address the site's own pages have.
    let page = text(&files, "about-us/index.html");
    assert!(page.contains("About us &amp; our work") && page.contains("We run the service."));
    assert!(!text(&files, "archives/index.html").contains("Old."));
    assert!(stdout.contains("wp/v2/pages/901 is left out: /archives/"), "{stdout}");
    for name in ["sitemap.xml", "feeds/", "data/search", "data/offline.json", "data/site.json"] {
        assert!(files.iter().any(|(n, _, _)| n.starts_with(name)), "no {name}");
    }
    let site_json = text(&files, "data/site.json");
    assert!(!site_json.contains("\"wordpress\":\"http"), "the published site reads its own files");
    // ...and names the WordPress it came from, which the browser refreshes it from: the
    // pages' policy lets the app ask it (connect-src) and show its images.
    let live = format!("\"live_wordpress\":\"{}\"", stub.address.trim_end_matches('/'));
    assert!(site_json.contains(&live), "{site_json}");
    let origin = stub.address.trim_end_matches('/');
    assert!(
        first.contains(&format!("connect-src 'self' {origin};")),
        "connect-src allows WordPress"
    );
    let b64 = basic.trim_start_matches("Basic ");
    for (name, bytes, _) in &files {
        let body = String::from_utf8_lossy(bytes);
        for hostile in ["alert(", "onerror", "javascript:"] {
            // The policy meta and the pages' own script tags name neither.
            assert!(!body.contains(hostile), "{name} holds {hostile}");
        }
        assert!(!body.contains("s3cret") && !body.contains(b64), "{name} holds the credentials");
    }
    assert!(!stdout.contains("s3cret") && !stderr.contains("s3cret"));
    assert!(!stdout.contains(b64) && !stderr.contains(b64));
    fs::remove_dir_all(&dir).unwrap();
}

/// Publishes a good site into OUT, then again with WordPress failing as `fail` says: the
/// command must exit non-zero, name the address and the problem, and leave OUT untouched.
fn a_failure_keeps_the_previous_site(
    name: &str,
    extra: &[&str],
    fail: impl Fn(&str, usize) -> Option<Reply> + Send + Sync + 'static,
    expected: &[&str],
) {
    let dir = temp(name);
    let good = site(3, 2, |_, _| None);
    content(&dir, &good.address);
    assert!(publish(&dir, &[]).status.success());
    let before = listing(&dir.join("out"));
    let failing = site(150, 2, fail);
    content(&dir, &failing.address);
    let run = publish(&dir, extra);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(!run.status.success());
    assert!(stderr.contains(&failing.address), "names the address: {stderr}");
    for words in expected {
        assert!(stderr.contains(words), "says {words:?}: {stderr}");
    }
    assert!(stderr.contains("nothing was written") && !stderr.contains("s3cret"), "{stderr}");
    assert!(listing(&dir.join("out")) == before, "OUT changed");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn wordpress_failing_with_500_fails_the_build() {
    a_failure_keeps_the_previous_site(
        "500",
        &[],
        |path, _| (collection_of(path) == "posts").then(|| Reply::status(500)),
        &["wp/v2/posts?", "HTTP 500 Internal Server Error 4 times"],
    );
}

#[test]
fn a_page_failing_halfway_fails_the_build() {
    a_failure_keeps_the_previous_site(
        "halfway",
        &[],
        |path, _| {
            (collection_of(path) == "posts" && page_of(path) == 2).then(|| Reply::status(404))
        },
        &["per_page=100&page=2", "HTTP 404 Not Found (stub_error)"],
    );
}

#[test]
fn html_instead_of_json_fails_the_build() {
    a_failure_keeps_the_previous_site(
        "html",
        &[],
        |path, _| {
            (collection_of(path) == "users").then(|| Reply {
                content_type: "text/html; charset=UTF-8",
                ..Reply::json("<!doctype html><title>Briefly unavailable</title>".into())
            })
        },
        &["wp/v2/users?", "answered text/html; charset=UTF-8 instead of JSON"],
    );
}

#[test]
fn malformed_json_fails_the_build() {
    a_failure_keeps_the_previous_site(
        "malformed",
        &[],
        |path, _| (collection_of(path) == "categories").then(|| Reply::json("[{\"id\":3,".into())),
        &["wp/v2/categories?", "answered malformed JSON"],
    );
}

#[test]
fn a_wordpress_that_is_down_fails_the_build() {
    let dir = temp("down");
    let good = site(3, 2, |_, _| None);
    content(&dir, &good.address);
    assert!(publish(&dir, &[]).status.success());
    let before = listing(&dir.join("out"));
    // A port nothing listens on: bound, then let go.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    content(&dir, &format!("http://{closed}"));
    let run = publish(&dir, &[]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(!run.status.success());
    assert!(stderr.contains(&format!("http://{closed}/wp-json/wp/v2/users?")), "{stderr}");
    assert!(stderr.contains("could not be reached") && stderr.contains("4 times"), "{stderr}");
    assert!(listing(&dir.join("out")) == before, "OUT changed");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_answer_without_its_paging_header_fails_the_build() {
    a_failure_keeps_the_previous_site(
        "unpaged",
        &[],
        // As a proxy that drops WordPress's headers would answer.
        |path, _| (collection_of(path) == "posts").then(|| Reply::json("[]".into())),
        &["wp/v2/posts?", "sent no X-WP-TotalPages header"],
    );
}

#[test]
fn a_slow_wordpress_fails_the_build() {
    a_failure_keeps_the_previous_site(
        "slow",
        &["--wordpress-timeout", "1"],
        |path, _| {
            (collection_of(path) == "comments")
                .then(|| Reply { delay: 2, ..Reply::json("[]".into()) })
        },
        &["wp/v2/comments?", "did not answer within 1 s"],
    );
}

/// A measurement, not run by default (`cargo test --release -p publish --test wordpress --
/// --ignored --nocapture`): a WordPress of 3,000 posts and 12,000 comments published whole.
/// The stub answers at once, so this measures publish's own reading, mapping and writing.
#[test]
#[ignore]
fn a_large_wordpress_publishes_whole() {
    let dir = temp("large");
    let stub = site(3000, 12_000, |_, _| None);
    content(&dir, &stub.address);
    let started = std::time::Instant::now();
    let run = publish(&dir, &[]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{stdout}{}", String::from_utf8_lossy(&run.stderr));
    assert!(stdout.contains("read 3000 posts and 12000 comments"), "{stdout}");
    println!("{stdout}publish took {:.1} s in all", started.elapsed().as_secs_f64());
    let requests = stub.seen.lock().unwrap().len();
    assert_eq!(requests, 1 + 1 + 30 + 120, "users, categories, 30 pages of posts, 120 of comments");
    fs::remove_dir_all(&dir).unwrap();
}
