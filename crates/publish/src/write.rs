//! Writing the published files so that readers never see half a site, and caches see a file
//! change only when its content does.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::content::OutputFile;

/// Writes `files` under `out`, replacing what an earlier publish wrote there.
///
/// Everything is written to a staging folder beside the output first; only then is each
/// top-level entry (`data/`, `feeds/`, `sitemap.xml`, `robots.txt`) moved into place, so a
/// failure before that leaves `out` exactly as it was. A file whose content is unchanged keeps
/// its old modification time, so a server's `ETag` and `Last-Modified` for it stay the same.
/// A top-level entry the last publish wrote and this one does not (`2014/`, once its only post
/// is deleted) is removed: the entries written are listed in `out/.publish-entries`. Files
/// others put in `out` (the app's, Trunk's) are left alone.
pub fn write_site(out: &Path, files: &[OutputFile]) -> io::Result<()> {
    fs::create_dir_all(out)?;
    let staging = out.join(format!(".publish-staging-{}", std::process::id()));
    let retired = out.join(format!(".publish-retired-{}", std::process::id()));
    let previous = fs::read_to_string(out.join(ENTRIES)).unwrap_or_default();
    let result = stage(out, &staging, files).and_then(|mut tops| {
        let entries = tops.iter().cloned().collect::<Vec<_>>().join("\n");
        fs::write(staging.join(ENTRIES), &entries)?;
        if entries == previous {
            let modified = fs::metadata(out.join(ENTRIES))?.modified()?;
            fs::File::options().write(true).open(staging.join(ENTRIES))?.set_modified(modified)?;
        }
        let gone: Vec<String> = previous
            .lines()
            .filter(|name| !name.is_empty() && !tops.contains(*name) && safe_relative(name).is_ok())
            .map(str::to_owned)
            .collect();
        tops.insert(ENTRIES.to_owned());
        swap(out, &staging, &retired, &tops)?;
        for name in gone {
            let live = out.join(&name);
            if live.exists() {
                fs::rename(&live, retired.join(&name))?;
            }
        }
        Ok(())
    });
    let _ = fs::remove_dir_all(&staging);
    let _ = fs::remove_dir_all(&retired);
    result
}

/// The list of top-level entries the last publish wrote, in the output folder.
const ENTRIES: &str = ".publish-entries";

/// Writes every file under `staging`; returns the top-level names written.
fn stage(out: &Path, staging: &Path, files: &[OutputFile]) -> io::Result<BTreeSet<String>> {
    let _ = fs::remove_dir_all(staging);
    fs::create_dir_all(staging)?;
    // Files are written on every core: tens of thousands of small files for a big site.
    let tops: io::Result<BTreeSet<String>> = files
        .par_iter()
        .map(|file| {
            let relative = safe_relative(&file.path)?;
            let target = staging.join(&relative);
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent)?;
            }
            let existing = out.join(&relative);
            match fs::read(&existing) {
                Ok(old) if old == file.contents.as_bytes() => {
                    keep(&existing, &target)?;
                    // Its compressed copies (scripts/compress.mjs) are still right: kept, so
                    // that compressing after an incremental publish redoes only what changed.
                    for suffix in [".br", ".gz"] {
                        carry_over(&existing, &target, suffix)?;
                    }
                }
                _ => fs::write(&target, &file.contents)?,
            }
            Ok(relative
                .components()
                .next()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .unwrap_or_default())
        })
        .collect();
    tops
}

/// `existing`, unchanged, at `target` too, with its modification time: a second link to the
/// same file, which costs no writing (tens of thousands of pages on a big site, most of them
/// unchanged by an incremental publish), or a copy where links cannot be made. Nothing ever
/// writes into a published file in place, so the two names never need to differ.
fn keep(existing: &Path, target: &Path) -> io::Result<()> {
    if fs::hard_link(existing, target).is_ok() {
        return Ok(());
    }
    fs::copy(existing, target)?;
    let modified = fs::metadata(existing)?.modified()?;
    fs::File::options().write(true).open(target)?.set_modified(modified)
}

/// Keeps `existing` + `suffix` beside `target` (see [`keep`]), if it exists.
fn carry_over(existing: &Path, target: &Path, suffix: &str) -> io::Result<()> {
    let with_suffix = |path: &Path| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    let from = with_suffix(existing);
    if !from.exists() {
        return Ok(());
    }
    keep(&from, &with_suffix(target))
}

/// Moves each staged top-level entry into `out`, the old one aside first.
fn swap(out: &Path, staging: &Path, retired: &Path, tops: &BTreeSet<String>) -> io::Result<()> {
    fs::create_dir_all(retired)?;
    for name in tops {
        let live = out.join(name);
        if live.exists() {
            fs::rename(&live, retired.join(name))?;
        }
        fs::rename(staging.join(name), &live)?;
    }
    Ok(())
}

/// The path as a relative path that cannot climb out of the output folder.
fn safe_relative(path: &str) -> io::Result<PathBuf> {
    let relative = PathBuf::from(path);
    let safe = !path.is_empty()
        && relative.components().all(|c| matches!(c, std::path::Component::Normal(_)));
    if safe {
        Ok(relative)
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("refusing to write outside the output folder: {path}"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, contents: &str) -> OutputFile {
        OutputFile { path: path.into(), contents: contents.into() }
    }

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("publish-write-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn replaces_the_old_site_and_removes_files_it_no_longer_has() {
        let out = temp("replace");
        write_site(
            &out,
            &[file("data/a.json", "1"), file("data/gone.json", "x"), file("robots.txt", "r")],
        )
        .unwrap();
        fs::write(out.join("index.html"), "not ours").unwrap();
        write_site(&out, &[file("data/a.json", "2"), file("robots.txt", "r")]).unwrap();
        assert_eq!(fs::read_to_string(out.join("data/a.json")).unwrap(), "2");
        assert!(!out.join("data/gone.json").exists());
        assert_eq!(
            fs::read_to_string(out.join("index.html")).unwrap(),
            "not ours",
            "other files stay"
        );
        let leftovers: Vec<_> = fs::read_dir(&out)
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with(".publish"))
            .filter(|e| e.file_name() != ENTRIES)
            .collect();
        assert!(leftovers.is_empty());
        fs::remove_dir_all(&out).unwrap();
    }

    #[test]
    fn an_unchanged_file_keeps_its_modification_time() {
        let out = temp("mtime");
        write_site(&out, &[file("data/same.json", "same"), file("data/changed.json", "1")])
            .unwrap();
        let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
        fs::File::options()
            .write(true)
            .open(out.join("data/same.json"))
            .unwrap()
            .set_modified(old)
            .unwrap();
        fs::File::options()
            .write(true)
            .open(out.join("data/changed.json"))
            .unwrap()
            .set_modified(old)
            .unwrap();
        write_site(&out, &[file("data/same.json", "same"), file("data/changed.json", "2")])
            .unwrap();
        assert_eq!(fs::metadata(out.join("data/same.json")).unwrap().modified().unwrap(), old);
        assert_ne!(fs::metadata(out.join("data/changed.json")).unwrap().modified().unwrap(), old);
        fs::remove_dir_all(&out).unwrap();
    }

    #[test]
    fn a_top_level_folder_no_longer_written_is_removed_and_others_files_stay() {
        let out = temp("gone");
        write_site(&out, &[file("2014/a/index.html", "a"), file("2015/b/index.html", "b")])
            .unwrap();
        fs::write(out.join("app.wasm"), "the app's").unwrap();
        write_site(&out, &[file("2015/b/index.html", "b")]).unwrap();
        assert!(!out.join("2014").exists(), "its only post was deleted");
        assert_eq!(fs::read_to_string(out.join("2015/b/index.html")).unwrap(), "b");
        assert_eq!(fs::read_to_string(out.join("app.wasm")).unwrap(), "the app's");
        fs::remove_dir_all(&out).unwrap();
    }

    #[test]
    fn an_unchanged_file_keeps_its_compressed_copies_and_a_changed_one_loses_them() {
        let out = temp("copies");
        write_site(&out, &[file("data/same.json", "same"), file("data/changed.json", "1")])
            .unwrap();
        for name in ["data/same.json.br", "data/same.json.gz", "data/changed.json.br"] {
            fs::write(out.join(name), "compressed").unwrap();
        }
        write_site(&out, &[file("data/same.json", "same"), file("data/changed.json", "2")])
            .unwrap();
        assert_eq!(fs::read_to_string(out.join("data/same.json.br")).unwrap(), "compressed");
        assert_eq!(fs::read_to_string(out.join("data/same.json.gz")).unwrap(), "compressed");
        assert!(!out.join("data/changed.json.br").exists(), "a stale copy would be served");
        fs::remove_dir_all(&out).unwrap();
    }

    #[test]
    fn a_bad_path_fails_before_anything_is_replaced() {
        let out = temp("bad");
        write_site(&out, &[file("data/a.json", "1")]).unwrap();
        let err =
            write_site(&out, &[file("data/a.json", "2"), file("../escape.txt", "x")]).unwrap_err();
        assert!(err.to_string().contains("outside the output folder"));
        assert_eq!(fs::read_to_string(out.join("data/a.json")).unwrap(), "1");
        fs::remove_dir_all(&out).unwrap();
    }
}
