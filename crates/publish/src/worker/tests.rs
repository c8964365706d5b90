use std::fs;
use std::path::PathBuf;

use super::*;

fn file(path: &str, contents: &str) -> OutputFile {
    OutputFile { path: path.into(), contents: contents.into() }
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("worker-test-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_offline_list_has_every_page_and_data_file_but_not_the_shell() {
    let files = [
        file("index.html", "home"),
        file("2014/10/10/a-post/index.html", "a post"),
        file("data/site.json", "{}"),
        file("data/posts/a-post.json", "{\"a\":1}"),
        file("shell.html", "shell"),
        file("404.html", "not found"),
        file("feeds/blog.atom", "<feed/>"),
        file("sitemap.xml", "<urlset/>"),
    ];
    let list: OfflineFile = serde_json::from_str(&offline_file(&files, None).contents).unwrap();
    let paths: Vec<&str> = list.items.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(paths, ["", "2014/10/10/a-post/", "data/posts/a-post.json", "data/site.json"]);
    assert_eq!(list.total_bytes, 4 + 6 + 7 + 2);
    assert_eq!(list.items[1].bytes, 6);
}

#[test]
fn the_offline_list_includes_the_images_writers_publish() {
    let public = temp_dir("public");
    fs::create_dir_all(public.join("images")).unwrap();
    fs::write(public.join("images/chart.svg"), "<svg/>").unwrap();
    let list: OfflineFile =
        serde_json::from_str(&offline_file(&[], Some(&public)).contents).unwrap();
    assert_eq!(list.items, [OfflineItem { path: "images/chart.svg".into(), bytes: 6 }]);
    fs::remove_dir_all(public).unwrap();
}

#[test]
fn the_worker_lists_the_shell_and_its_version_follows_the_shell_files() {
    let out = temp_dir("out");
    fs::create_dir_all(out.join("icons")).unwrap();
    fs::create_dir_all(out.join("2014/10/10/a-post")).unwrap();
    for (path, contents) in [
        ("shell.html", "shell"),
        ("index.html", "home"),
        ("app-1a2b.js", "js"),
        ("app-1a2b_bg.wasm", "wasm"),
        ("main-3c4d.css", "css"),
        ("icons/icon-192.png", "png"),
        ("manifest.webmanifest", "{}"),
        ("2014/10/10/a-post/index.html", "a post"),
    ] {
        fs::write(out.join(path), contents).unwrap();
    }
    let template =
        "const BUILD = \"@BUILD@\";\nconst SHELL = [/*@SHELL_FILES@*/];\nconst S = @DATA_SCHEMA@;";
    let first = write_worker(&out, template).unwrap();
    let worker = fs::read_to_string(out.join("sw.js")).unwrap();
    assert_eq!(
        worker,
        format!(
            "const BUILD = \"{first}\";\nconst SHELL = [\"app-1a2b.js\",\"app-1a2b_bg.wasm\",\
             \"icons/icon-192.png\",\"main-3c4d.css\",\"manifest.webmanifest\",\"shell.html\"];\
             \nconst S = {SCHEMA_VERSION};"
        )
    );

    // Writing again over its own output changes nothing; new content pages change nothing.
    fs::write(out.join("2014/10/10/a-post/index.html"), "an edited post").unwrap();
    assert_eq!(write_worker(&out, template).unwrap(), first);
    // A changed shell file is a new version.
    fs::write(out.join("main-3c4d.css"), "css, changed").unwrap();
    assert_ne!(write_worker(&out, template).unwrap(), first);
    fs::remove_dir_all(out).unwrap();
}

#[test]
fn the_manifest_is_relative_so_any_base_path_works() {
    let settings: SiteSettings = serde_json::from_value(serde_json::json!({
        "title": "Digital health", "department": "Health", "description": "Our blog"
    }))
    .unwrap();
    let manifest: serde_json::Value =
        serde_json::from_str(&web_manifest(&settings).contents).unwrap();
    assert_eq!(manifest["start_url"], "./");
    assert_eq!(manifest["scope"], "./");
    assert_eq!(manifest["name"], "Digital health");
    assert_eq!(manifest["icons"].as_array().unwrap().len(), 3);
    assert!(manifest_links("/blog/").contains("href=\"/blog/manifest.webmanifest\""));
}
