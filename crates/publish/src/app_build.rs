//! What the app beside the template was built with, read from its files: whether it reads
//! from WordPress (the app's `wordpress` feature). A site that reads from WordPress in the
//! browser (`wordpress` in site.toml), or is published from it, pre-rendered for an app that
//! leaves WordPress out would show readers an error on every page, so publishing stops.

use std::path::Path;

/// The name wasm-bindgen gives the app's `reads_wordpress` export in its JavaScript, present
/// only in a build with the `wordpress` feature (src/main.rs).
const MARKER: &str = "reads_wordpress";

/// Whether the app in `dir` (the template's folder: Trunk's staging folder, or a built
/// `dist/`) reads from WordPress: its wasm's JavaScript, `{name}.js` beside `{name}_bg.wasm`,
/// has the marker. `None` when there is no app there to tell (the tests' small templates).
pub fn reads_wordpress(dir: &Path) -> Option<bool> {
    let mut found = None;
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix("_bg.wasm") else { continue };
        let Ok(code) = std::fs::read_to_string(dir.join(format!("{stem}.js"))) else { continue };
        found = Some(found.unwrap_or(false) || code.contains(MARKER));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_in_the_apps_javascript_says_it_reads_wordpress() {
        let dir = std::env::temp_dir().join(format!("app-build-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert_eq!(reads_wordpress(&dir), None, "no app there");
        std::fs::write(dir.join("app-1_bg.wasm"), b"\0asm").unwrap();
        std::fs::write(dir.join("app-1.js"), "export function hydrate() {}").unwrap();
        assert_eq!(reads_wordpress(&dir), Some(false));
        std::fs::write(dir.join("app-1.js"), "export function reads_wordpress() {}").unwrap();
        assert_eq!(reads_wordpress(&dir), Some(true));
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(reads_wordpress(&dir), None, "no folder");
    }
}
