//! What a publish keeps for the next one (`--state DIR`): each pre-rendered page's inputs
//! (`pages.json`, see [`crate::incremental`]) and, for a site read from WordPress, the
//! answers it read (`wordpress.json`). No credentials are in either: only what WordPress
//! answered and hashes of what was written.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::incremental::PageRecords;
use crate::wordpress::WordPressState;

/// What one publish keeps for the next.
#[derive(Default)]
pub struct BuildState {
    pub pages: Option<PageRecords>,
    pub wordpress: Option<WordPressState>,
}

/// The folder the state is kept in.
pub struct StateDir(PathBuf);

impl StateDir {
    pub fn new(dir: PathBuf) -> Self {
        StateDir(dir)
    }

    /// What the last publish kept; a part that is missing or unreadable (from an older
    /// version, or cut short) is `None`, and that part of the publish is done in full.
    pub fn load(&self) -> BuildState {
        BuildState { pages: read(&self.0.join(PAGES)), wordpress: read(&self.0.join(WORDPRESS)) }
    }

    /// Keeps `state`, each file replaced whole (written beside, then renamed): a publish
    /// stopped halfway leaves the old file or the new one, never part of one.
    pub fn save(&self, state: &BuildState) -> io::Result<()> {
        std::fs::create_dir_all(&self.0)?;
        write(&self.0.join(PAGES), state.pages.as_ref())?;
        write(&self.0.join(WORDPRESS), state.wordpress.as_ref())
    }
}

impl fmt::Display for StateDir {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.display().fmt(f)
    }
}

const PAGES: &str = "pages.json";
const WORDPRESS: &str = "wordpress.json";

fn read<T: DeserializeOwned>(file: &Path) -> Option<T> {
    let text = std::fs::read_to_string(file).ok()?;
    match serde_json::from_str(&text) {
        Ok(value) => Some(value),
        Err(err) => {
            eprintln!("publish: ignoring {} ({err}); doing that part in full", file.display());
            None
        }
    }
}

/// Writes `value` to `file`, or removes `file` when there is nothing to keep.
fn write<T: Serialize>(file: &Path, value: Option<&T>) -> io::Result<()> {
    let Some(value) = value else {
        return match std::fs::remove_file(file) {
            Err(err) if err.kind() != io::ErrorKind::NotFound => Err(err),
            _ => Ok(()),
        };
    };
    let beside = file.with_extension(format!("json.{}", std::process::id()));
    std::fs::write(&beside, serde_json::to_vec(value).map_err(io::Error::other)?)?;
    std::fs::rename(&beside, file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incremental::RECORDS_VERSION;

    #[test]
    fn keeps_and_reads_back_both_parts_and_drops_a_part_no_longer_kept() {
        let dir = std::env::temp_dir().join(format!("publish-state-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let state = StateDir::new(dir.clone());
        assert!(state.load().pages.is_none(), "nothing kept yet");
        let pages = PageRecords { version: RECORDS_VERSION, pages: Default::default() };
        let wordpress =
            WordPressState { version: 1, api: "https://wp/wp-json/".into(), ..Default::default() };
        state
            .save(&BuildState { pages: Some(pages.clone()), wordpress: Some(wordpress.clone()) })
            .unwrap();
        let loaded = state.load();
        assert_eq!(loaded.pages, Some(pages.clone()));
        assert_eq!(loaded.wordpress, Some(wordpress));
        state.save(&BuildState { pages: Some(pages), wordpress: None }).unwrap();
        assert!(state.load().wordpress.is_none());
        std::fs::write(dir.join(PAGES), "{cut sh").unwrap();
        assert!(state.load().pages.is_none(), "unreadable means full");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
