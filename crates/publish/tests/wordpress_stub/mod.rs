//! A tiny WordPress REST API on 127.0.0.1 for the publish command's tests: answers are
//! made by the test's own function, so each test chooses how WordPress fails. Every request
//! is recorded (its path and `Authorization` header).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

/// What the stub answers to one request.
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// Seconds to wait before answering (a slow WordPress).
    pub delay: u64,
}

impl Reply {
    pub fn json(body: String) -> Self {
        Reply {
            status: 200,
            content_type: "application/json; charset=UTF-8",
            headers: vec![],
            body,
            delay: 0,
        }
    }

    pub fn paged(body: String, total: usize, pages: usize) -> Self {
        let mut reply = Reply::json(body);
        reply.headers = vec![
            ("X-WP-Total".into(), total.to_string()),
            ("X-WP-TotalPages".into(), pages.to_string()),
        ];
        reply
    }

    pub fn status(status: u16) -> Self {
        Reply { status, ..Reply::json(r#"{"code":"stub_error","message":"failed"}"#.into()) }
    }
}

/// A request as the stub saw it.
#[derive(Clone, Debug)]
pub struct Seen {
    pub path: String,
    pub authorization: Option<String>,
}

pub struct Stub {
    pub address: String,
    pub seen: Arc<Mutex<Vec<Seen>>>,
}

/// Starts the stub; `answer(path, how many times this path was asked before)` replies.
pub fn start(answer: impl Fn(&str, usize) -> Reply + Send + Sync + 'static) -> Stub {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
    let answer = Arc::new(answer);
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let (answer, log) = (answer.clone(), log.clone());
            // A thread per connection: the command asks for several pages at once.
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                reader.read_line(&mut line).unwrap_or(0);
                let path = line.split(' ').nth(1).unwrap_or("").to_owned();
                let mut authorization = None;
                loop {
                    let mut header = String::new();
                    if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
                        break;
                    }
                    if let Some((name, value)) = header.split_once(':') {
                        if name.eq_ignore_ascii_case("authorization") {
                            authorization = Some(value.trim().to_owned());
                        }
                    }
                }
                let before = {
                    let mut log = log.lock().unwrap();
                    let before = log.iter().filter(|s| s.path == path).count();
                    log.push(Seen { path: path.clone(), authorization });
                    before
                };
                let reply = answer(&path, before);
                std::thread::sleep(std::time::Duration::from_secs(reply.delay));
                let mut head = format!(
                    "HTTP/1.1 {} Stub\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n",
                    reply.status,
                    reply.content_type,
                    reply.body.len()
                );
                for (name, value) in &reply.headers {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                head.push_str("\r\n");
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(reply.body.as_bytes());
            });
        }
    });
    Stub { address, seen }
}

/// The `page` query parameter of a path (1 without one).
pub fn page_of(path: &str) -> usize {
    path.split(['?', '&'])
        .find_map(|p| p.strip_prefix("page="))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
}

/// The collection a path asks for: `posts`, `comments`, `users`, `categories`, ...
pub fn collection_of(path: &str) -> &str {
    let after = path.split("wp/v2/").nth(1).unwrap_or("");
    after.split(['?', '/']).next().unwrap_or("")
}

/// Post `i` (1 = oldest), hostile in its body, with a non-ASCII category and tag, and a
/// theme's tag.
pub fn post(i: usize) -> String {
    // An hour apart from 1 January 2020, UTC, written as WordPress does (no zone).
    let date = blog_core::model::Timestamp::from_unix_seconds(1_577_836_800 + i as i64 * 3600);
    let date = date.to_rfc3339().trim_end_matches('Z').to_owned();
    format!(
        r#"{{"id":{i},"slug":"post-{i}","date_gmt":"{date}",
        "title":{{"rendered":"Post {i} &amp; more"}},
        "content":{{"rendered":"<p>Body of post {i}.<script>alert('body')</script><img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">link</a></p>"}},
        "excerpt":{{"rendered":"<p>Excerpt of post {i} [&hellip;]</p>"}},
        "comment_status":"open",
        "_embedded":{{"author":[{{"id":1,"slug":"editor","name":"The Editor","description":""}}],
          "wp:term":[[{{"id":3,"slug":"strategy","name":"Strategy","taxonomy":"category"}},
             {{"id":4,"slug":"%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8","name":"Новости","taxonomy":"category"}}],
            [{{"id":5,"slug":"%d0%b7%d0%b4%d0%be%d1%80%d0%be%d0%b2%d1%8c%d0%b5","name":"Здоровье","taxonomy":"post_tag"}},
             {{"id":6,"slug":"openness","name":"Openness","taxonomy":"post_tag"}}]]}}}}"#
    )
}

/// Comment `i` on post 1, hostile.
pub fn comment(i: usize) -> String {
    // A minute apart from 1 February 2020, UTC.
    let date = blog_core::model::Timestamp::from_unix_seconds(1_580_515_200 + i as i64 * 60);
    let date = date.to_rfc3339().trim_end_matches('Z').to_owned();
    format!(
        r#"{{"id":{i},"post":1,"parent":0,"author_name":"Reader {i}","date_gmt":"{date}",
        "content":{{"rendered":"<p>Comment number {i}<script>alert('comment')</script><img src=x onerror=alert(3)></p>"}}}}"#
    )
}

/// A WordPress of `posts` posts and `comments` comments on post 1, answered a hundred at a
/// time as WordPress does; `fail` may answer instead (return `None` to answer normally).
pub fn site(
    posts: usize,
    comments: usize,
    fail: impl Fn(&str, usize) -> Option<Reply> + Send + Sync + 'static,
) -> Stub {
    start(move |path, before| {
        if let Some(reply) = fail(path, before) {
            return reply;
        }
        let page = page_of(path);
        let (items, total): (Vec<String>, usize) = match collection_of(path) {
            // Newest first.
            "posts" => ((1..=posts).rev().map(post).collect(), posts),
            "comments" => ((1..=comments).map(comment).collect(), comments),
            "users" => (
                vec![
                    r#"{"id":1,"slug":"editor","name":"The Editor","description":"Edits."}"#.into()
                ],
                1,
            ),
            "categories" => (
                vec![r#"{"id":3,"slug":"strategy","name":"Strategy","description":"","count":1}"#
                    .into()],
                1,
            ),
            // A page of its own, hostile; and one whose slug is the site's archive's.
            "pages" => (
                vec![
                    r#"{"id":900,"slug":"about-us","date_gmt":"2019-06-01T09:00:00","title":{"rendered":"About us &amp; our work"},"content":{"rendered":"<p>We run the service.<script>alert('page')</script><img src=x onerror=alert(4)></p>"},"excerpt":{"rendered":"<p>Who we are.</p>"}}"#.into(),
                    r#"{"id":901,"slug":"archives","date_gmt":"2019-06-01T09:00:00","title":{"rendered":"Archives"},"content":{"rendered":"<p>Old.</p>"},"excerpt":{"rendered":""}}"#.into(),
                ],
                2,
            ),
            _ => return Reply::status(404),
        };
        let pages = total.div_ceil(100).max(1);
        let slice: Vec<String> = items.into_iter().skip((page - 1) * 100).take(100).collect();
        Reply::paged(format!("[{}]", slice.join(",")), total, pages)
    })
}

/// Every file under `dir` with its bytes and modification time.
pub fn listing(dir: &std::path::Path) -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in std::fs::read_dir(&next).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().display().to_string();
                files.push((
                    name,
                    std::fs::read(&path).unwrap(),
                    std::fs::metadata(&path).unwrap().modified().unwrap(),
                ));
            }
        }
    }
    files.sort();
    files
}

/// The page Trunk would build, as publish's template.
pub const TEMPLATE: &str = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><base href=\"/\" /><title>Blog</title><script type=\"module\">import init from '/app.js'; init();</script></head><body></body></html>";

/// A content folder naming `wordpress`, with one theme (a tag of the same slug).
pub fn content_folder(dir: &std::path::Path, wordpress: &str) {
    let files = [
        ("site.toml", format!("title = \"Blog\"\ndepartment = \"Department\"\ndescription = \"About\"\nurl = \"https://blog.example.org\"\nwordpress = \"{wordpress}\"\nposts_per_page = 10\n")),
        ("authors.toml", String::new()),
        ("categories.toml", String::new()),
        ("projects.toml", String::new()),
        ("themes.toml", "[[theme]]\nslug = \"openness\"\nname = \"Openness\"\nmeaning = \"Working in the open\"\n".into()),
        ("template.html", TEMPLATE.into()),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}
