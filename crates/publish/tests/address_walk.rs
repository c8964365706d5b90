//! Every address the site publishes is a real page: each URL in `sitemap.xml`, each link in
//! each pre-rendered page and each link in the feeds is resolved as a static host resolves it
//! (a folder's `index.html`, or the file itself), and must be a file the build wrote or a
//! public file; a page must be its own page, with one H1, and neither "Page not found" nor the
//! error panel. Run for the sample content and for a generated site with tags outside ASCII
//! and a hyphenated theme.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use blog_core::routes::Route;
use blog_core::slug::percent_decode;
use publish::content::{build_site, synthetic_site, validate, SiteContent, SyntheticSize};
use publish::{load_content, offline_file, prerender_site, web_manifest};

const TEMPLATE: &str = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><base href=\"/\" /><title>Digital health</title><script type=\"module\">import init from '/app.js'; init();</script></head><body></body></html>";

/// The built site: every file by its path.
struct Site {
    files: BTreeMap<String, String>,
    public: BTreeSet<String>,
    url: String,
}

fn publish(content: &SiteContent) -> Site {
    assert_eq!(validate(content), [], "the content is valid");
    // The files `publish` writes, as it writes them (src/main.rs).
    let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join("public");
    let mut files = build_site(content);
    let pages = prerender_site(content, &files, TEMPLATE).expect("pre-renders");
    files.extend(pages);
    files.push(offline_file(&files, Some(&public)));
    files.push(web_manifest(&content.settings));
    let files = files.into_iter().map(|f| (f.path, f.contents)).collect();
    let url = content.settings.url.clone().expect("a site address");
    Site { files, public: public_files(&public, &public), url }
}

/// The files Trunk copies from `public/`, as site paths (`/icons/icon.svg`).
fn public_files(root: &Path, folder: &Path) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for entry in std::fs::read_dir(folder).expect("public/ is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(public_files(root, &path));
        } else if let Ok(relative) = path.strip_prefix(root) {
            found.insert(format!("/{}", relative.to_string_lossy()));
        }
    }
    found
}

/// Where a link leads, or why it leads nowhere.
fn resolve(site: &Site, link: &str) -> Result<String, String> {
    let link = link.split('#').next().unwrap_or_default();
    let (path, query) = link.split_once('?').unwrap_or((link, ""));
    let path = percent_decode(path);
    let file = if !query.is_empty() {
        // The register's filter form and the search page: the server maps the query to the
        // page pre-rendered for it (tests/e2e/nginx.conf.in, deploy/nginx.conf).
        Route::parse(&path, query).file_path()
    } else if path.ends_with('/') {
        format!("{}index.html", path.trim_start_matches('/'))
    } else {
        path.trim_start_matches('/').to_owned()
    };
    if site.files.contains_key(&file) || site.public.contains(&format!("/{file}")) {
        Ok(file)
    } else {
        Err(format!("{link} has no file ({file})"))
    }
}

/// Every value of `attribute="…"` in `text`, with `&amp;` decoded.
fn attributes(text: &str, attribute: &str) -> Vec<String> {
    let needle = format!(" {attribute}=\"");
    let mut values = Vec::new();
    for (at, _) in text.match_indices(&needle) {
        let rest = &text[at + needle.len()..];
        if let Some(end) = rest.find('"') {
            values.push(rest[..end].replace("&amp;", "&"));
        }
    }
    values
}

fn between<'a>(text: &'a str, open: &'a str, close: &'a str) -> impl Iterator<Item = &'a str> {
    text.split(open).skip(1).filter_map(move |s| s.split(close).next())
}

/// Checks every address `site` publishes; returns how many it checked.
fn walk(site: &Site) -> usize {
    let mut links: BTreeMap<String, String> = BTreeMap::new();
    let mut add = |link: String, from: &str| {
        if let Some(local) = link.strip_prefix(&site.url) {
            links.entry(local.to_owned()).or_insert_with(|| from.to_owned());
        } else if link.starts_with('/') && !link.starts_with("//") {
            links.entry(link).or_insert_with(|| from.to_owned());
        }
    };
    for loc in between(&site.files["sitemap.xml"], "<loc>", "</loc>") {
        assert!(loc.is_ascii(), "a sitemap holds URIs: {loc}");
        add(loc.to_owned(), "sitemap.xml");
    }
    for (path, text) in &site.files {
        if path.ends_with(".html") {
            attributes(text, "href").into_iter().for_each(|href| add(href, path));
        } else if path.ends_with(".atom") {
            attributes(text, "href").into_iter().for_each(|href| add(href, path));
            between(text, "<id>", "</id>").for_each(|id| add(id.to_owned(), path));
        }
    }
    let not_found_heading =
        "<h1 id=\"page-heading\" tabindex=\"-1\" class=\"govuk-heading-xl\">Page not found</h1>";
    // Without Leptos's empty hydration markers (`<!>`, after each text of an erased view).
    let not_found = site.files["404.html"].replace("<!>", "");
    assert!(not_found.contains(not_found_heading), "the 404 page is as expected");
    let mut problems = Vec::new();
    for (link, from) in &links {
        match resolve(site, link) {
            Err(problem) => problems.push(format!("{problem}, linked from {from}")),
            Ok(file) if file.ends_with(".html") && file != "404.html" => {
                let page = &site.files[&file];
                let h1s = page.matches("<h1").count();
                if page.contains(not_found_heading) {
                    problems.push(format!("{link} is \"Page not found\", linked from {from}"));
                } else if page.contains("Sorry, there is a problem") {
                    problems.push(format!("{link} is the error panel, linked from {from}"));
                } else if h1s != 1 {
                    problems.push(format!("{link} has {h1s} H1s, linked from {from}"));
                }
            }
            Ok(_) => {}
        }
    }
    assert!(problems.is_empty(), "{} broken addresses:\n{}", problems.len(), problems.join("\n"));
    links.len()
}

#[test]
fn every_address_of_the_sample_content_is_a_real_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let content = load_content(&root.join("content"), Some(&root.join("public"))).unwrap();
    let checked = walk(&publish(&content));
    assert!(checked > 100, "only {checked} addresses were found");
}

#[test]
fn every_address_of_a_thousand_posts_with_tags_in_any_script_is_a_real_page() {
    let content =
        synthetic_site(SyntheticSize { posts: 1000, comments: 3000, comments_on_newest: 100 });
    let tags: BTreeSet<&String> = content.posts.iter().flat_map(|p| &p.tags).collect();
    assert!(tags.iter().any(|t| !t.is_ascii()), "the site has tags outside ASCII");
    assert!(content.themes.iter().any(|t| t.slug.contains('-')), "and a hyphenated theme");
    let site = publish(&content);
    for page in
        ["tag/café/index.html", "tag/здоровье/index.html", "themes/joined-up-care/index.html"]
    {
        assert!(site.files.contains_key(page), "{page} was published");
    }
    assert!(
        site.files.contains_key("projects/filter/joined-up-care-live/index.html"),
        "the register filtered by the hyphenated theme"
    );
    let checked = walk(&site);
    assert!(checked > 2000, "only {checked} addresses were found");
}
