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
    /// version, or cut short) is `None`, and that part of the publish is done in full. A
    /// WordPress part staged by a publish that then failed is dropped.
    pub fn load(&self) -> BuildState {
        let _ = std::fs::remove_file(self.0.join(WORDPRESS_STAGED));
        BuildState { pages: read(&self.0.join(PAGES)), wordpress: read(&self.0.join(WORDPRESS)) }
    }

    /// Writes this publish's WordPress answers beside the kept ones, for [`StateDir::save`] to
    /// put in place once the site is written: so that they need not stay in memory (hundreds
    /// of MB for 10,000 posts) while the pages are rendered.
    pub fn stage_wordpress(&self, state: &WordPressState) -> io::Result<()> {
        std::fs::create_dir_all(&self.0)?;
        write(&self.0.join(WORDPRESS_STAGED), Some(state))
    }

    /// Keeps `pages`, and the WordPress answers staged by this publish (or none, when it did
    /// not read WordPress). Each file is replaced whole (written beside, then renamed): a
    /// publish stopped halfway leaves the old file or the new one, never part of one.
    pub fn save(&self, pages: Option<&PageRecords>) -> io::Result<()> {
        std::fs::create_dir_all(&self.0)?;
        write(&self.0.join(PAGES), pages)?;
        match std::fs::rename(self.0.join(WORDPRESS_STAGED), self.0.join(WORDPRESS)) {
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                write::<WordPressState>(&self.0.join(WORDPRESS), None)
            }
            other => other,
        }
    }
}

impl fmt::Display for StateDir {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.display().fmt(f)
    }
}

const PAGES: &str = "pages.json";
const WORDPRESS: &str = "wordpress.json";
const WORDPRESS_STAGED: &str = "wordpress.json.next";

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
        state.stage_wordpress(&wordpress).unwrap();
        assert!(state.load().wordpress.is_none(), "staged, and that publish failed");
        state.stage_wordpress(&wordpress).unwrap();
        state.save(Some(&pages)).unwrap();
        let loaded = state.load();
        assert_eq!(loaded.pages, Some(pages.clone()));
        assert_eq!(loaded.wordpress, Some(wordpress));
        state.save(Some(&pages)).unwrap();
        assert!(state.load().wordpress.is_none(), "this publish did not read WordPress");
        std::fs::write(dir.join(PAGES), "{cut sh").unwrap();
        assert!(state.load().pages.is_none(), "unreadable means full");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
