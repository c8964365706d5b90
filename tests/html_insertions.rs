//! HTML reaches the page only as a `SafeHtml` (crates/core/src/safe_html), which only the
//! Markdown renderer (on the host), the host's sanitisers, the comment renderer and
//! `text_paragraphs` (the browser sanitiser's last resort) make. This test lists every place in the workspace's source that hands the browser HTML as
//! a string, and why each is safe.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// Every `.rs` file under `dir`, named from the workspace's root.
fn rust_files(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(root, &path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let name = path.strip_prefix(root).unwrap().display().to_string();
            files.push((name, std::fs::read_to_string(&path).unwrap()));
        }
    }
}

/// A new place fails this test until it takes a `SafeHtml` and is added here.
#[test]
fn html_reaches_the_page_only_as_safe_html() {
    let allowed: [(&str, &str, usize); 6] = [
        // A SafeHtml from platform::sanitise: the host's ammonia with the browser's allowlist,
        // and nothing in the browser (which puts the body in through its own sanitiser).
        ("src/components/wordpress_body.rs", "inner_html=", 1),
        // A SafeHtml from platform::sanitise: the host's ammonia with the published list, and
        // nothing in the browser (which puts a body drawn anew in through its sanitiser).
        ("src/components/published_body.rs", "inner_html=", 1),
        // A thread from thread_html, a SafeHtml.
        ("src/components/comment_thread.rs", "inner_html=", 1),
        // append_html_in_turn takes SafeHtml pieces.
        ("src/platform/browser/mod.rs", "insert_adjacent_html(", 1),
        // Clearing the body; the sanitiser's text_paragraphs fallback, and clearing twice.
        ("src/platform/browser/mod.rs", "set_inner_html(", 1),
        ("src/platform/browser/sanitise.rs", "set_inner_html(", 3),
    ];
    // A detached textarea's content is parsed as text, never markup (entities.rs).
    let also = [("src/platform/browser/entities.rs", "set_inner_html(", 1)];
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "crates"] {
        rust_files(root, &root.join(dir), &mut files);
    }
    assert!(files.iter().any(|(name, _)| name == "crates/core/src/safe_html/mod.rs"));
    let mut found = Vec::new();
    for (name, text) in &files {
        for needle in ["inner_html=", "set_inner_html(", "insert_adjacent_html(", "outer_html"] {
            let count = text.matches(needle).count();
            if count > 0 {
                found.push((name.clone(), needle, count));
            }
        }
    }
    found.sort();
    let mut expected: Vec<(String, &str, usize)> =
        allowed.iter().chain(&also).map(|(f, n, c)| (f.to_string(), *n, *c)).collect();
    expected.sort();
    assert_eq!(found, expected);
}
