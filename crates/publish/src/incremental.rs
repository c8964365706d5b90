//! Pre-rendering only the pages whose inputs changed since the last publish.
//!
//! A page is a function of the template it is rendered into, its address and the data files
//! it reads. Each page renders from a source that notes the files asked of it
//! ([`DataSource::noting_reads`](crate::api::DataSource::noting_reads)); the publish step keeps,
//! per page, those paths, a hash of all its inputs, and a hash of the HTML it came to. The next
//! publish hashes the same paths again: a page whose inputs hash the same, and whose file in
//! the previous build is still the one written, is taken from there instead of rendered. So
//! what a change re-renders follows from what pages really read, not from a list of which
//! page shows what that could fall out of date: an edited post re-renders its own page and
//! the lists that show it; a new comment, its post's page; a post added or deleted changes the
//! site file's counts, which every page's navigation shows, so every page.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::content::content_hash;

/// What one pre-rendered page was made from, and what it came to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageRecord {
    /// The data files it read (found or not), by their path in the site.
    pub reads: Vec<String>,
    /// A hash of the render's context, the page's address and each file read.
    pub inputs: String,
    /// A hash of the page's HTML as written.
    pub output: String,
}

/// Every pre-rendered page's record, by the page's file (`2014/10/10/an-update/index.html`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageRecords {
    pub version: u32,
    pub pages: BTreeMap<String, PageRecord>,
}

/// Bumped whenever what a record means changes: older records are then ignored.
pub const RECORDS_VERSION: u32 = 1;

/// The last publish: its records, and the folder its pages are in.
pub struct PreviousBuild {
    pub records: PageRecords,
    pub dir: PathBuf,
}

impl PreviousBuild {
    /// The records in `records_file` with the pages in `dir`; `None` (everything is rendered)
    /// when there are none, or they are from another version of this program's records.
    pub fn load(records_file: &Path, dir: &Path) -> Option<Self> {
        let text = std::fs::read_to_string(records_file).ok()?;
        let records: PageRecords = serde_json::from_str(&text).ok()?;
        (records.version == RECORDS_VERSION).then(|| PreviousBuild { records, dir: dir.to_owned() })
    }

    /// The page at `path` as the last publish wrote it, when its inputs hash to `inputs` now
    /// as then, and the file there is still the one written (not edited or half-copied).
    pub fn unchanged(&self, path: &str, hashes: &InputHashes) -> Option<(String, PageRecord)> {
        let record = self.records.pages.get(path)?;
        if hashes.inputs(path, &record.reads) != record.inputs {
            return None;
        }
        let html = std::fs::read_to_string(self.dir.join(path)).ok()?;
        (content_hash([html.as_str()]) == record.output).then(|| (html, record.clone()))
    }
}

/// Hashes of a publish's data files, and of the context every page renders in.
pub struct InputHashes {
    context: String,
    files: HashMap<String, String>,
}

impl InputHashes {
    /// `context` is everything besides data files that shapes every page: the template, the
    /// base path, the site's address, the program rendering it.
    pub fn new<'a>(
        context: &[&str],
        files: impl IntoParallelIterator<Item = (&'a String, &'a String)>,
    ) -> Self {
        let files = files
            .into_par_iter()
            .map(|(path, contents)| (path.clone(), content_hash([contents.as_bytes()])))
            .collect();
        InputHashes { context: content_hash(context), files }
    }

    /// The hash of the page at `path` rendered from the files at `reads`: a file that does not
    /// exist counts too, as its absence (a page that found nothing shows that).
    pub fn inputs(&self, path: &str, reads: &[String]) -> String {
        let mut parts: Vec<&str> = vec![&self.context, path];
        for read in reads {
            parts.push(read);
            parts.push(self.files.get(read).map_or("absent", String::as_str));
        }
        content_hash(parts)
    }

    /// The record of a page just rendered from `reads` into `html`.
    pub fn record(&self, path: &str, reads: Vec<String>, html: &str) -> PageRecord {
        PageRecord { inputs: self.inputs(path, &reads), output: content_hash([html]), reads }
    }
}

/// What identifies the program rendering the pages: a rebuilt `publish` may render the same
/// inputs differently, so its pages are not taken from an older one's build. Its size and
/// modification time, which any rebuild changes; a copy of the same program merely renders
/// everything once.
pub fn program_identity() -> String {
    let metadata = std::env::current_exe().and_then(std::fs::metadata);
    match metadata {
        Ok(m) => {
            let modified = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{} {} {modified}", env!("CARGO_PKG_VERSION"), m.len())
        }
        // Unknown: never equal to a record's, so nothing is reused.
        Err(_) => format!("unknown {:?}", std::time::SystemTime::now()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hashes(files: &[(&str, &str)]) -> InputHashes {
        let files: HashMap<String, String> =
            files.iter().map(|(p, c)| (p.to_string(), c.to_string())).collect();
        InputHashes::new(&["template"], &files)
    }

    #[test]
    fn a_page_s_inputs_change_with_any_file_it_read_and_only_those() {
        let reads = vec!["data/site.json".to_owned(), "data/posts/a.json".to_owned()];
        let before = hashes(&[("data/site.json", "s"), ("data/posts/a.json", "a")]);
        let other_changed = hashes(&[
            ("data/site.json", "s"),
            ("data/posts/a.json", "a"),
            ("data/posts/b.json", "b"),
        ]);
        let read_changed = hashes(&[("data/site.json", "s"), ("data/posts/a.json", "A")]);
        let read_gone = hashes(&[("data/site.json", "s")]);
        let page = "a/index.html";
        assert_eq!(before.inputs(page, &reads), other_changed.inputs(page, &reads));
        assert_ne!(before.inputs(page, &reads), read_changed.inputs(page, &reads));
        assert_ne!(before.inputs(page, &reads), read_gone.inputs(page, &reads));
        assert_ne!(before.inputs(page, &reads), before.inputs("b/index.html", &reads));
    }

    #[test]
    fn a_different_template_changes_every_page() {
        let files: HashMap<String, String> = HashMap::new();
        let one = InputHashes::new(&["template one"], &files);
        let two = InputHashes::new(&["template two"], &files);
        assert_ne!(one.inputs("index.html", &[]), two.inputs("index.html", &[]));
    }

    #[test]
    fn a_page_is_kept_only_when_its_file_is_still_the_one_written() {
        let dir = std::env::temp_dir().join(format!("publish-incremental-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("a")).unwrap();
        let hashes = hashes(&[("data/site.json", "s")]);
        let reads = vec!["data/site.json".to_owned()];
        let record = hashes.record("a/index.html", reads, "<p>a</p>");
        let mut records = PageRecords { version: RECORDS_VERSION, pages: BTreeMap::new() };
        records.pages.insert("a/index.html".into(), record);
        let previous = PreviousBuild { records, dir: dir.clone() };
        assert_eq!(previous.unchanged("a/index.html", &hashes), None, "no file");
        std::fs::write(dir.join("a/index.html"), "<p>edited by hand</p>").unwrap();
        assert_eq!(previous.unchanged("a/index.html", &hashes), None, "not the file written");
        std::fs::write(dir.join("a/index.html"), "<p>a</p>").unwrap();
        assert_eq!(previous.unchanged("a/index.html", &hashes).unwrap().0, "<p>a</p>");
        let changed = super::InputHashes::new(
            &["template"],
            &HashMap::from([("data/site.json".to_owned(), "t".to_owned())]),
        );
        assert_eq!(previous.unchanged("a/index.html", &changed), None, "its input changed");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
