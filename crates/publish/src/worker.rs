//! What makes the blog readable offline and installable: the list of everything to save
//! (`data/offline.json`), the web app manifest, and the service worker, stamped with the list
//! of the build's shell files and a version that changes whenever any of them does.

use std::fs;
use std::io;
use std::path::Path;

use crate::content::{content_hash, OutputFile};
use crate::data_paths;
use crate::model::{OfflineFile, OfflineItem, SiteSettings, SCHEMA_VERSION};

/// The pages and data files among `files`, and the images in `public/images`, with their sizes.
/// The page shell and the 404 page are the worker's business, not the reader's.
pub fn offline_file(files: &[OutputFile], public: Option<&Path>) -> OutputFile {
    let mut items: Vec<OfflineItem> = files
        .iter()
        .filter_map(|file| {
            let path = if file.path.starts_with("data/") && file.path.ends_with(".json") {
                file.path.clone()
            } else if file.path == "index.html" {
                String::new()
            } else {
                file.path.strip_suffix("/index.html").map(|dir| format!("{dir}/"))?
            };
            Some(OfflineItem { path, bytes: file.contents.len() as u64 })
        })
        .collect();
    if let Some(public) = public {
        let mut images = Vec::new();
        list_files(&public.join("images"), "images", &mut images);
        items.extend(images.into_iter().map(|(path, bytes)| OfflineItem { path, bytes }));
    }
    items.sort_by(|a, b| a.path.cmp(&b.path));
    let total_bytes = items.iter().map(|i| i.bytes).sum();
    let file = OfflineFile { schema: SCHEMA_VERSION, items, total_bytes };
    OutputFile {
        path: data_paths::offline(),
        contents: serde_json::to_string(&file).expect("the offline list always serialises"),
    }
}

/// The web app manifest. Its addresses are relative to itself, and it sits at the site's
/// root, so the same file serves a site at `/` or under any path.
pub fn web_manifest(settings: &SiteSettings) -> OutputFile {
    let icon = |src: &str, sizes: &str, purpose: &str| serde_json::json!({ "src": src, "sizes": sizes, "type": "image/png", "purpose": purpose });
    let manifest = serde_json::json!({
        "name": settings.title,
        "short_name": settings.title,
        "description": settings.description,
        "lang": settings.language,
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b0c0c",
        "icons": [
            icon("icons/icon-192.png", "192x192", "any"),
            icon("icons/icon-512.png", "512x512", "any"),
            icon("icons/maskable-512.png", "512x512", "maskable"),
        ],
    });
    OutputFile { path: "manifest.webmanifest".into(), contents: manifest.to_string() }
}

/// The `<head>` links to the manifest and the home-screen icon, for a site under `base`.
pub fn manifest_links(base: &str) -> String {
    format!(
        "<link rel=\"manifest\" href=\"{base}manifest.webmanifest\">\
         <link rel=\"apple-touch-icon\" href=\"{base}icons/apple-touch-icon.png\">"
    )
}

/// Writes `out/sw.js` from `template` (`public/sw.js`), listing the shell files found in
/// `out` (Trunk's build: the page shell, the hashed wasm, js and css, icons, the manifest).
/// Returns the build version it stamped.
pub fn write_worker(out: &Path, template: &str) -> io::Result<String> {
    let mut files = Vec::new();
    list_files(out, "", &mut files);
    let mut shell: Vec<String> =
        files.into_iter().map(|(path, _)| path).filter(|path| is_shell_file(path)).collect();
    shell.sort();
    let mut hashed: Vec<Vec<u8>> = vec![template.as_bytes().to_vec()];
    for path in &shell {
        hashed.push(path.as_bytes().to_vec());
        hashed.push(fs::read(out.join(path))?);
    }
    let build = content_hash(&hashed);
    let list = serde_json::to_string(&shell).expect("paths always serialise");
    let worker = template
        .replace("@BUILD@", &build)
        .replace("[/*@SHELL_FILES@*/]", &list)
        .replace("@DATA_SCHEMA@", &SCHEMA_VERSION.to_string());
    fs::write(out.join("sw.js"), worker)?;
    Ok(build)
}

fn is_shell_file(path: &str) -> bool {
    let top_level = !path.contains('/');
    let extension = path.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    (top_level
        && path != "sw.js"
        && (path == "shell.html"
            || matches!(extension, "wasm" | "js" | "css" | "svg" | "webmanifest")))
        || (path.starts_with("icons/") && extension == "png")
        || path.starts_with("snippets/")
        || path.starts_with("fonts/")
}

/// Every file under `dir`, as (path under `prefix`, size), skipping hidden entries.
fn list_files(dir: &Path, prefix: &str, out: &mut Vec<(String, u64)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = if prefix.is_empty() { name } else { format!("{prefix}/{name}") };
        match entry.metadata() {
            Ok(meta) if meta.is_dir() => list_files(&entry.path(), &path, out),
            Ok(meta) => out.push((path, meta.len())),
            Err(_) => {}
        }
    }
}

#[cfg(test)]
mod tests;
