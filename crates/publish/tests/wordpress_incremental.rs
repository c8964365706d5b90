//! `publish --from-wordpress --state DIR` a second time: WordPress is asked only for what
//! changed, only the pages that show it are rendered again, and an edit, a new comment and a
//! deletion each reach every page, feed and the sitemap. Against a stub WordPress whose
//! posts and comments a test changes between publishes, and which answers the queries an
//! incremental read makes (`include`, `after`, `post`, `_fields`) as WordPress does.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
mod wordpress_stub;

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

use blog_core::model::Timestamp;
use wordpress_stub::{collection_of, listing, page_of, Reply, Stub};

/// What the stub WordPress holds: posts by id (title, modified time) and comments.
#[derive(Default)]
struct Blog {
    posts: BTreeMap<u64, (String, i64)>,
    /// Bodies that differ from the default.
    bodies: BTreeMap<u64, String>,
    comments: Vec<(u64, u64, i64, String)>,
    /// Answer 500 to any request whose path contains this.
    fail_on: Option<String>,
}

const START: i64 = 1_577_836_800; // 1 January 2020, UTC

fn wp_date(seconds: i64) -> String {
    Timestamp::from_unix_seconds(seconds).to_rfc3339().trim_end_matches('Z').to_owned()
}

fn query<'a>(path: &'a str, name: &str) -> Option<&'a str> {
    let prefix = format!("{name}=");
    path.split(['?', '&']).find_map(|p| p.strip_prefix(prefix.as_str()))
}

fn ids(list: &str) -> Vec<u64> {
    list.split(',').filter_map(|id| id.parse().ok()).collect()
}

fn post_json(id: u64, title: &str, body: &str, modified: i64, only_id_and_time: bool) -> String {
    if only_id_and_time {
        return format!(r#"{{"id":{id},"modified_gmt":"{}"}}"#, wp_date(modified));
    }
    format!(
        r#"{{"id":{id},"slug":"post-{id}","date_gmt":"{date}","modified_gmt":"{modified}",
        "title":{{"rendered":"{title}"}},"content":{{"rendered":"<p>{body}</p>"}},
        "excerpt":{{"rendered":"<p>About post {id}.</p>"}},"comment_status":"open",
        "_links":{{"self":[{{"href":"http://wp/wp-json/wp/v2/posts/{id}"}}]}},
        "_embedded":{{"author":[{{"id":1,"slug":"editor","name":"The Editor","description":""}}],
          "wp:term":[[{{"id":3,"slug":"strategy","name":"Strategy","taxonomy":"category"}}],
            [{{"id":6,"slug":"openness","name":"Openness","taxonomy":"post_tag"}}]]}}}}"#,
        date = wp_date(START + id as i64 * 86_400),
        modified = wp_date(modified),
    )
}

fn start(blog: Arc<Mutex<Blog>>) -> Stub {
    wordpress_stub::start(move |path, _| {
        let blog = blog.lock().unwrap();
        if blog.fail_on.as_deref().is_some_and(|part| path.contains(part)) {
            return Reply::status(500);
        }
        let items: Vec<String> = match collection_of(path) {
            "posts" => {
                let wanted = query(path, "include").map(ids);
                let short = query(path, "_fields") == Some("id,modified_gmt");
                blog.posts
                    .iter()
                    .rev()
                    .filter(|(id, _)| wanted.as_ref().is_none_or(|w| w.contains(id)))
                    .map(|(id, (title, modified))| {
                        let body = blog.bodies.get(id).cloned();
                        let body = body.unwrap_or_else(|| format!("Body of post {id}."));
                        post_json(*id, title, &body, *modified, short)
                    })
                    .collect()
            }
            "comments" => {
                let after = query(path, "after")
                    .map(|a| Timestamp::parse(&a.replace("%3A", ":")).unwrap().unix_seconds());
                let on = query(path, "post").map(ids);
                blog.comments
                    .iter()
                    .filter(|(_, _, date, _)| after.is_none_or(|a| *date > a))
                    .filter(|(_, post, _, _)| on.as_ref().is_none_or(|o| o.contains(post)))
                    .map(|(id, post, date, text)| {
                        format!(
                            r#"{{"id":{id},"post":{post},"parent":0,"author_name":"Reader {id}",
                            "date_gmt":"{}","content":{{"rendered":"<p>{text}</p>"}}}}"#,
                            wp_date(*date)
                        )
                    })
                    .collect()
            }
            "users" => {
                vec![r#"{"id":1,"slug":"editor","name":"The Editor","description":""}"#.into()]
            }
            "pages" => Vec::new(),
            "categories" => {
                vec![r#"{"id":3,"slug":"strategy","name":"Strategy","description":"","count":1}"#
                    .into()]
            }
            _ => return Reply::status(404),
        };
        let total = items.len();
        let page = page_of(path);
        let slice: Vec<String> = items.into_iter().skip((page - 1) * 100).take(100).collect();
        Reply::paged(format!("[{}]", slice.join(",")), total, total.div_ceil(100).max(1))
    })
}

struct Site {
    dir: PathBuf,
    stub: Stub,
    blog: Arc<Mutex<Blog>>,
}

impl Site {
    fn new(name: &str, posts: u64) -> Self {
        let dir =
            std::env::temp_dir().join(format!("publish-wp-inc-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let mut blog = Blog::default();
        for id in 1..=posts {
            blog.posts.insert(id, (format!("Post {id}"), START + id as i64 * 86_400));
        }
        blog.comments.push((1, 1, START + 40 * 86_400, "First comment".into()));
        blog.comments.push((2, 2, START + 41 * 86_400, "Second comment".into()));
        let blog = Arc::new(Mutex::new(blog));
        let stub = start(blog.clone());
        wordpress_stub::content_folder(&dir, &stub.address);
        Site { dir, stub, blog }
    }

    /// Publishes, keeping state in `state/`; returns what it printed, and the requests it made.
    fn publish(&self, extra: &[&str]) -> (Output, String, Vec<String>) {
        let before = self.stub.seen.lock().unwrap().len();
        let run = Command::new(env!("CARGO_BIN_EXE_publish"))
            .args(["--from-wordpress", "--content"])
            .arg(&self.dir)
            .arg("--template")
            .arg(self.dir.join("template.html"))
            .arg("--out")
            .arg(self.dir.join("out"))
            .arg("--state")
            .arg(self.dir.join("state"))
            .args(extra)
            .output()
            .unwrap();
        let printed = format!(
            "{}{}",
            String::from_utf8_lossy(&run.stdout),
            String::from_utf8_lossy(&run.stderr)
        );
        let seen =
            self.stub.seen.lock().unwrap()[before..].iter().map(|s| s.path.clone()).collect();
        (run, printed, seen)
    }

    /// The file at `path`, or (a post's page, under its date) ending in `/path`.
    fn page(&self, path: &str) -> Option<String> {
        let suffix = format!("/{path}");
        let files = self.out();
        let exact = files.iter().find(|(name, _, _)| name == path);
        exact
            .or_else(|| files.iter().find(|(name, _, _)| name.ends_with(&suffix)))
            .map(|(_, bytes, _)| String::from_utf8(bytes.clone()).unwrap())
    }

    fn out(&self) -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
        listing(&self.dir.join("out"))
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// The number before `label` in the publish's report: `3 fetched` → 3.
fn count(printed: &str, label: &str) -> usize {
    let at = printed.find(label).unwrap_or_else(|| panic!("no {label:?} in {printed}"));
    printed[..at].trim_end().rsplit([' ', ':']).next().unwrap().parse().unwrap()
}

fn pages_rendered(printed: &str) -> usize {
    let line = printed.lines().find(|l| l.contains("pre-rendered")).unwrap();
    line.split("pre-rendered ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap()
}

#[test]
fn a_rebuild_asks_only_for_what_changed_and_renders_only_the_pages_that_show_it() {
    let site = Site::new("changes", 30);
    let (run, printed, _) = site.publish(&[]);
    assert!(run.status.success(), "{printed}");
    assert_eq!(count(&printed, "unchanged since the previous build"), 0, "{printed}");
    let all_pages = pages_rendered(&printed);
    assert!(
        site.dir.join("state/pages.json").exists()
            && site.dir.join("state/wordpress.json").exists()
    );

    // Nothing changed: one list of ids and times, no post asked for, no page rendered, and
    // every file as it was, to the modification time.
    let before = site.out();
    let (run, printed, seen) = site.publish(&[]);
    assert!(run.status.success(), "{printed}");
    assert!(printed.contains("posts 0 fetched, 30 unchanged, 0 deleted"), "{printed}");
    assert_eq!(pages_rendered(&printed), 0, "{printed}");
    assert_eq!(count(&printed, "unchanged since the previous build"), all_pages);
    assert!(seen.iter().any(|p| p.contains("_fields=id,modified_gmt")), "{seen:?}");
    assert!(!seen.iter().any(|p| p.contains("include=")), "{seen:?}");
    assert_eq!(site.out(), before);

    // An edit of a post's body: that post is fetched alone; its own page is rendered again,
    // and hardly any other (its title and excerpt, which lists show, are the same).
    site.blog.lock().unwrap().bodies.insert(25, "Body of post 25, corrected.".into());
    site.blog.lock().unwrap().posts.get_mut(&25).unwrap().1 = START + 90 * 86_400;
    let (run, printed, seen) = site.publish(&[]);
    assert!(run.status.success(), "{printed}");
    assert!(printed.contains("posts 1 fetched, 29 unchanged, 0 deleted"), "{printed}");
    assert!(
        seen.iter().any(|p| p.contains("include=25") && !p.contains("include=25,")),
        "{seen:?}"
    );
    assert!(site.page("post-25/index.html").unwrap().contains("Body of post 25, corrected."));
    // Its page, and any other reading its file (its embed view).
    assert!((1..=3).contains(&pages_rendered(&printed)), "{printed}");

    // A new title: its page, its neighbours' and the lists showing it are rendered again;
    // a page of older posts is not touched.
    let before = site.out();
    site.blog.lock().unwrap().posts.insert(25, ("Post 25, edited".into(), START + 91 * 86_400));
    let (run, printed, _) = site.publish(&[]);
    assert!(run.status.success(), "{printed}");
    assert!(printed.contains("posts 1 fetched, 29 unchanged, 0 deleted"), "{printed}");
    assert!(site.page("post-25/index.html").unwrap().contains("Post 25, edited"));
    assert!(site.page("post-26/index.html").unwrap().contains("Post 25, edited"), "neighbour");
    assert!(site.page("index.html").unwrap().contains("Post 25, edited"), "home page");
    let rendered = pages_rendered(&printed);
    assert!(rendered * 3 < all_pages, "{rendered} of {all_pages} pages");
    let old_post = |files: &[(String, Vec<u8>, std::time::SystemTime)]| {
        files.iter().find(|(n, _, _)| n.ends_with("/post-3/index.html")).cloned()
    };
    assert!(old_post(&before).is_some());
    assert_eq!(old_post(&site.out()), old_post(&before), "a page not showing it is untouched");
    // A new comment: its post's page, and the lists that count its comments.
    site.blog.lock().unwrap().comments.push((3, 3, START + 42 * 86_400, "A new comment".into()));
    let (run, printed, _) = site.publish(&[]);
    assert!(run.status.success(), "{printed}");
    assert!(printed.contains("comments 1 fetched, 0 removed"), "{printed}");
    assert!(site.page("post-3/index.html").unwrap().contains("A new comment"));
    assert!(pages_rendered(&printed) * 3 < all_pages, "{printed}");

    // A deletion: gone from its page, the lists, the feed and the sitemap.
    assert!(site.page("sitemap.xml").unwrap().contains("post-24"));
    site.blog.lock().unwrap().posts.remove(&24);
    let (run, printed, _) = site.publish(&[]);
    assert!(run.status.success(), "{printed}");
    assert!(printed.contains("posts 0 fetched, 29 unchanged, 1 deleted"), "{printed}");
    assert!(site.page("post-24/index.html").is_none(), "its page is gone");
    for (name, bytes, _) in site.out() {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("post-24/") && !text.contains("Post 24<"), "{name} still shows it");
    }
}

#[test]
fn a_failed_rebuild_keeps_the_site_and_the_state_and_the_next_one_catches_up() {
    let site = Site::new("failure", 12);
    let (run, printed, _) = site.publish(&[]);
    assert!(run.status.success(), "{printed}");
    let (site_before, state_before) = (site.out(), listing(&site.dir.join("state")));

    site.blog.lock().unwrap().posts.insert(5, ("Post 5, edited".into(), START + 90 * 86_400));
    site.blog.lock().unwrap().fail_on = Some("include=".into());
    let (run, printed, _) = site.publish(&[]);
    assert!(!run.status.success(), "{printed}");
    assert!(printed.contains("include=5") && printed.contains("HTTP 500"), "{printed}");
    assert_eq!(site.out(), site_before, "the site is as it was");
    assert_eq!(listing(&site.dir.join("state")), state_before, "and so is the state");

    site.blog.lock().unwrap().fail_on = None;
    let (run, printed, _) = site.publish(&[]);
    assert!(run.status.success(), "{printed}");
    assert!(site.page("post-5/index.html").unwrap().contains("Post 5, edited"));
}

#[test]
fn full_reads_everything_again_and_renders_every_page() {
    let site = Site::new("full", 12);
    let (run, printed, _) = site.publish(&[]);
    assert!(run.status.success(), "{printed}");
    let all_pages = pages_rendered(&printed);
    let (run, printed, seen) = site.publish(&["--full"]);
    assert!(run.status.success(), "{printed}");
    assert!(printed.contains("posts 12 fetched, 0 unchanged"), "{printed}");
    assert_eq!(pages_rendered(&printed), all_pages);
    assert!(!seen.iter().any(|p| p.contains("_fields=id,modified_gmt")), "{seen:?}");
}
