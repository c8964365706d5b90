//! The publish command end to end: content files in, files out, every problem reported with
//! its file and line, and the output left alone when anything is wrong.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("publish-cli-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, path: &str, text: &str) {
    let path = dir.join(path);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// A small, valid content folder.
fn content(dir: &Path) {
    write(dir, "site.toml", "title = \"Blog\"\ndepartment = \"Department\"\ndescription = \"About\"\nurl = \"https://blog.example.org\"\n");
    write(dir, "authors.toml", "[[author]]\nslug = \"head\"\nname = \"Head of Digital\"\n");
    write(dir, "categories.toml", "[[category]]\nslug = \"strategy\"\nname = \"Strategy\"\n");
    write(
        dir,
        "themes.toml",
        "[[theme]]\nslug = \"openness\"\nname = \"Openness\"\nmeaning = \"Working in the open\"\n",
    );
    write(
        dir,
        "projects.toml",
        "[[project]]\nslug = \"p1\"\nname = \"Project one\"\nsummary = \"S\"\ntheme = \"openness\"\nphase = \"beta\"\nteam = \"T\"\nurl = \"https://p1.example.org/\"\n",
    );
    write(
        dir,
        "posts/2015-01-01-first.md",
        "+++\ntitle = \"First\"\ndate = \"2015-01-01T09:00:00Z\"\nauthors = [\"head\"]\ncategories = [\"strategy\"]\nthemes = [\"openness\"]\n+++\n\nSee [the register](/projects/) and ![A chart](/images/chart.svg).\n",
    );
    write(
        dir,
        "posts/2015-01-02-second.md",
        "+++\ntitle = \"Second\"\ndate = \"2015-01-02T09:00:00Z\"\nauthors = [\"head\"]\n+++\n\nAfter [the first](/2015/01/01/first/).\n",
    );
    write(dir, "comments/first.toml", "[[comment]]\nid = 1\nauthor = \"A reader\"\ndate = \"2015-01-03T09:00:00Z\"\nbody = \"Thanks\"\n");
    write(dir, "pages/about.md", "+++\ntitle = \"About\"\n+++\n\nAbout the blog.\n");
    write(dir, "../public/images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
}

fn publish(content: &Path, out: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_publish"))
        .args(["--content", content.to_str().unwrap(), "--public"])
        .arg(content.parent().unwrap().join("public"))
        .args(["--out", out.to_str().unwrap()])
        .output()
        .unwrap()
}

fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(folder).unwrap().filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push((
                    path.strip_prefix(dir).unwrap().display().to_string(),
                    fs::read(&path).unwrap(),
                ));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn publishes_data_feeds_sitemap_and_robots() {
    let root = temp("ok");
    content(&root.join("content"));
    let out = root.join("out");
    let result = publish(&root.join("content"), &out);
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    for path in [
        "data/site.json",
        "data/lists/home/1.json",
        "data/posts/first.json",
        "data/comments/second.json",
        "feeds/blog.atom",
        "feeds/category/strategy.atom",
        "feeds/theme/openness.atom",
        "sitemap.xml",
        "robots.txt",
    ] {
        assert!(out.join(path).is_file(), "{path}");
    }
    let site = fs::read_to_string(out.join("data/site.json")).unwrap();
    assert!(site.contains("\"search\":\"data/search."), "{site}");
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn publishing_the_same_content_again_changes_no_file() {
    let root = temp("again");
    content(&root.join("content"));
    let out = root.join("out");
    assert!(publish(&root.join("content"), &out).status.success());
    let mtime = |p: &str| fs::metadata(out.join(p)).unwrap().modified().unwrap();
    let before = (listing(&out), mtime("data/posts/first.json"), mtime("feeds/blog.atom"));
    std::thread::sleep(std::time::Duration::from_millis(20));
    assert!(publish(&root.join("content"), &out).status.success());
    assert_eq!((listing(&out), mtime("data/posts/first.json"), mtime("feeds/blog.atom")), before);
    fs::remove_dir_all(&root).unwrap();
}

/// With `--state`, a second publish renders only the pages whose data changed: an edit to a
/// post's body renders its page again and leaves the other post's page as it was.
#[test]
fn with_state_an_edited_post_renders_its_own_pages_again_and_no_other() {
    let root = temp("state");
    let content_dir = root.join("content");
    content(&content_dir);
    write(&root, "template.html", "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><base href=\"/\" /><title>Blog</title><script type=\"module\">import init from '/app.js'; init();</script></head><body></body></html>");
    write(&root, "public/sw.js", "const BUILD = \"BUILD\"; const SHELL = [/*SHELL*/];");
    let out = root.join("out");
    let run = || {
        let run = Command::new(env!("CARGO_BIN_EXE_publish"))
            .args(["--content", content_dir.to_str().unwrap(), "--public"])
            .arg(root.join("public"))
            .arg("--template")
            .arg(root.join("template.html"))
            .args(["--out", out.to_str().unwrap(), "--state"])
            .arg(root.join("state"))
            .output()
            .unwrap();
        let printed = String::from_utf8_lossy(&run.stdout).into_owned();
        assert!(run.status.success(), "{printed}{}", String::from_utf8_lossy(&run.stderr));
        let line = printed.lines().find(|l| l.contains("pre-rendered")).unwrap().to_owned();
        let count = |at: &str| -> usize {
            line.split(at).next().unwrap().trim().rsplit(' ').next().unwrap().parse().unwrap()
        };
        (count(" pages in"), count(" unchanged since"))
    };
    let (all, kept) = run();
    assert_eq!(kept, 0);
    let first = out.join("2015/01/01/first/index.html");
    let before = (fs::read(&first).unwrap(), fs::metadata(&first).unwrap().modified().unwrap());
    assert_eq!(run(), (0, all), "nothing changed, nothing rendered");
    write(
        &content_dir,
        "posts/2015-01-02-second.md",
        "+++\ntitle = \"Second\"\ndate = \"2015-01-02T09:00:00Z\"\nauthors = [\"head\"]\n+++\n\nAfter [the first](/2015/01/01/first/), corrected.\n",
    );
    let (rendered, kept) = run();
    assert!(rendered >= 1 && rendered * 3 < all, "{rendered} of {all}");
    assert_eq!(rendered + kept, all);
    let second = fs::read_to_string(out.join("2015/01/02/second/index.html")).unwrap();
    assert!(second.contains("corrected."));
    let after = (fs::read(&first).unwrap(), fs::metadata(&first).unwrap().modified().unwrap());
    assert_eq!(after, before, "the other post's page is untouched");
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn every_problem_is_reported_with_file_line_and_field_and_nothing_is_written() {
    let root = temp("bad");
    let dir = root.join("content");
    content(&dir);
    let out = root.join("out");
    assert!(publish(&dir, &out).status.success());
    let before = listing(&out);

    write(
        &dir,
        "posts/2015-02-01-no-title.md",
        "+++\ndate = \"2015-02-01T09:00:00Z\"\nauthors = [\"head\"]\n+++\n\nBody.\n",
    );
    write(&dir, "posts/2015-02-02-bad-date.md", "+++\ntitle = \"Bad date\"\ndate = \"2 February 2015\"\nauthors = [\"head\"]\n+++\n\nBody.\n");
    write(
        &dir,
        "posts/2015-02-03-refs.md",
        "+++\ntitle = \"Refs\"\ndate = \"2015-02-03T09:00:00Z\"\nauthors = [\"nobody\"]\ncategories = [\"nothing\"]\nthemes = [\"opennes\"]\n+++\n\nLine one.\n\nA [broken link](/2015/01/09/missing/).\n\n![](/images/chart.svg)\n",
    );
    write(&dir, "posts/2015-02-04-first.md", "+++\ntitle = \"Same slug\"\ndate = \"2015-02-04T09:00:00Z\"\nauthors = [\"head\"]\nslug = \"first\"\n+++\n\nBody.\n");
    let result = publish(&dir, &out);
    assert_eq!(result.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&result.stderr);
    let expected = [
        "2015-02-01-no-title.md:2: toml: missing field `title`",
        "2015-02-02-bad-date.md:3: toml: expected a date and time like 2014-10-10T09:30:00Z, found \"2 February 2015\"",
    ];
    for line in expected {
        assert!(stderr.contains(line), "missing {line:?} in:\n{stderr}");
    }
    // The files that parsed are checked too, once the parse problems are fixed.
    assert_eq!(listing(&out), before, "the output is exactly as it was");

    fs::remove_file(dir.join("posts/2015-02-01-no-title.md")).unwrap();
    fs::remove_file(dir.join("posts/2015-02-02-bad-date.md")).unwrap();
    let stderr = String::from_utf8_lossy(&publish(&dir, &out).stderr).into_owned();
    let expected = [
        "2015-02-03-refs.md:4: authors: \"nobody\" is not in authors.toml (expected one of: head)",
        "2015-02-03-refs.md:5: categories: \"nothing\" is not in categories.toml (expected one of: strategy)",
        "2015-02-03-refs.md:6: themes: \"opennes\" is not in themes.toml (expected one of: openness)",
        "2015-02-03-refs.md:11: body: the link /2015/01/09/missing/ is broken: there is no post at this address",
        "2015-02-03-refs.md:13: body: the image /images/chart.svg has no alt text",
        "2015-02-04-first.md:5: slug: \"first\" is already used at",
    ];
    for line in expected {
        assert!(stderr.contains(line), "missing {line:?} in:\n{stderr}");
    }
    assert!(stderr.contains("publish: 6 problem(s)"), "{stderr}");
    assert_eq!(listing(&out), before, "the output is exactly as it was");
    fs::remove_dir_all(&root).unwrap();
}

/// The deployment examples carry the policy the publish tool gives, so they cannot drift.
#[test]
fn the_deployment_examples_carry_the_sites_security_policy() {
    let policy = publish::content_security_policy(Some(&[]), None);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for file in ["deploy/nginx.conf", "deploy/apache.conf"] {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        assert!(text.contains(&format!("\"{policy}\"")), "{file} lacks the policy {policy}");
        assert!(text.contains("immutable") && text.contains("no-cache"), "{file}: cache headers");
        assert!(text.contains("application/wasm"), "{file}: the wasm MIME type");
        assert!(text.contains("404.html"), "{file}: the 404 page");
    }
}

#[test]
fn help_lists_every_option_and_a_mistake_exits_with_the_usage() {
    let help = Command::new(env!("CARGO_BIN_EXE_publish")).arg("--help").output().unwrap();
    assert!(help.status.success());
    let text = String::from_utf8_lossy(&help.stdout);
    for option in [
        "--content",
        "--synthetic",
        "--public",
        "--template",
        "--out",
        "--stamp-worker",
        "--csp-header",
        "--jobs",
        "--from-wordpress",
        "--wordpress-timeout",
        "--state",
        "--previous",
        "--full",
        "--help",
    ] {
        assert!(text.contains(option), "--help lacks {option}:\n{text}");
    }
    for wrong in [
        vec!["--out"],
        vec!["--synthetic", "10,x", "--out", "/tmp/x"],
        vec!["--stamp-worker", "/tmp/x"],
        vec!["--outt", "/tmp/x"],
        vec!["--jobs", "0", "--out", "/tmp/x"],
        vec![],
    ] {
        let run = Command::new(env!("CARGO_BIN_EXE_publish")).args(&wrong).output().unwrap();
        assert_eq!(run.status.code(), Some(2), "{wrong:?}");
        let said = String::from_utf8_lossy(&run.stderr);
        assert!(said.starts_with("error: ") && said.contains("--help"), "{wrong:?}: {said}");
    }
}

#[test]
fn a_site_that_reads_wordpress_is_not_published_for_an_app_built_without_it() {
    let root = temp("wordpress-build");
    let content_dir = root.join("content");
    content(&content_dir);
    let site = fs::read_to_string(content_dir.join("site.toml")).unwrap();
    write(&content_dir, "site.toml", &format!("wordpress = \"http://127.0.0.1:9\"\n{site}"));
    write(&root, "dist/template.html", "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><base href=\"/\" /><title>Blog</title><script type=\"module\">import init from '/app-1.js'; init();</script></head><body></body></html>");
    write(&root, "dist/app-1_bg.wasm", "\0asm");
    write(&root, "public/sw.js", "const BUILD = \"BUILD\"; const SHELL = [/*SHELL*/];");
    let out = root.join("out");
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_publish"))
            .args(["--content", content_dir.to_str().unwrap(), "--public"])
            .arg(root.join("public"))
            .arg("--template")
            .arg(root.join("dist/template.html"))
            .args(["--out", out.to_str().unwrap()])
            .output()
            .unwrap()
    };
    // The app's JavaScript without the name a build with the `wordpress` feature exports.
    write(&root, "dist/app-1.js", "export function hydrate() {}");
    let refused = run();
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success());
    assert!(
        said.contains("reads from WordPress") && said.contains("TRUNK_BUILD_FEATURES=wordpress"),
        "{said}"
    );
    assert!(!out.exists(), "nothing written");
    write(&root, "dist/app-1.js", "export function reads_wordpress() { return true; }");
    let published = run();
    assert!(published.status.success(), "{}", String::from_utf8_lossy(&published.stderr));
    fs::remove_dir_all(&root).unwrap();
}
