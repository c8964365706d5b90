//! What "Save the whole blog for offline" downloads (`data/offline.json`, written by the
//! publish step after the pages), and the words for its progress.

use serde::{Deserialize, Serialize};

use super::Timestamp;

/// Every page and file a reader needs to read the whole blog offline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfflineFile {
    pub schema: u32,
    pub items: Vec<OfflineItem>,
    pub total_bytes: u64,
}

impl super::DataFile for OfflineFile {
    fn schema(&self) -> u32 {
        self.schema
    }
}

/// One page or file: its path under the site's root (no leading `/`) and its size.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfflineItem {
    pub path: String,
    pub bytes: u64,
}

/// How far saving has gone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SaveProgress {
    pub done_items: usize,
    pub total_items: usize,
    pub done_bytes: u64,
    pub total_bytes: u64,
}

impl SaveProgress {
    pub fn start(file: &OfflineFile) -> SaveProgress {
        SaveProgress {
            done_items: 0,
            total_items: file.items.len(),
            done_bytes: 0,
            total_bytes: file.total_bytes,
        }
    }

    /// Counts one more item saved, of `bytes` bytes.
    pub fn saved(&mut self, bytes: u64) {
        self.done_items += 1;
        self.done_bytes += bytes;
    }

    /// "Saved 12 of 140 pages and files (1.2 MB of 3.4 MB)". The bytes downloaded can pass the
    /// published sizes (a page changed since), so the total never shows less than done.
    pub fn describe(&self) -> String {
        format!(
            "Saved {} of {} pages and files ({} of {})",
            self.done_items,
            self.total_items,
            format_bytes(self.done_bytes),
            format_bytes(self.total_bytes.max(self.done_bytes))
        )
    }

    /// Per thousand, for a `<progress>` bar.
    pub fn per_mille(&self) -> u32 {
        if self.total_items == 0 {
            return 1000;
        }
        (self.done_items * 1000 / self.total_items) as u32
    }
}

/// A size as a reader says it: "512 bytes", "34 KB", "1.2 MB" (decimal units, as storage
/// settings show them).
pub fn format_bytes(bytes: u64) -> String {
    match bytes {
        0..1_000 => format!("{bytes} bytes"),
        1_000..1_000_000 => format!("{} KB", (bytes + 500) / 1_000),
        1_000_000..1_000_000_000 => one_decimal(bytes, 1_000_000, "MB"),
        _ => one_decimal(bytes, 1_000_000_000, "GB"),
    }
}

/// `bytes / unit` to one decimal place, halves rounded up. In whole numbers: formatting a
/// float would bring the float printer into the wasm (9.5 KB) for this alone.
fn one_decimal(bytes: u64, unit: u64, name: &str) -> String {
    let tenths = (bytes as u128 * 10 + unit as u128 / 2) / unit as u128;
    format!("{}.{} {name}", tenths / 10, tenths % 10)
}

/// When a copy was saved (an RFC 3339 time, as the service worker stamps it), the GOV.UK way
/// and in UK time: "25 November 2026 at 11:05pm".
pub fn describe_saved_at(saved_at: &str) -> Option<String> {
    let time = Timestamp::parse(saved_at).ok()?;
    let uk = time.uk();
    let (hour, half) = match uk.hour {
        0 => (12, "am"),
        1..=11 => (uk.hour, "am"),
        12 => (12, "pm"),
        _ => (uk.hour - 12, "pm"),
    };
    Some(format!("{} at {hour}:{:02}{half}", time.human_date(), uk.minute))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_times_read_in_uk_time() {
        assert_eq!(
            describe_saved_at("2026-11-25T23:05:12.345Z").unwrap(),
            "25 November 2026 at 11:05pm"
        );
        // British Summer Time: an hour ahead of UTC.
        assert_eq!(describe_saved_at("2026-07-01T11:30:00Z").unwrap(), "1 July 2026 at 12:30pm");
        assert_eq!(describe_saved_at("2026-01-01T00:01:00Z").unwrap(), "1 January 2026 at 12:01am");
        assert_eq!(describe_saved_at("yesterday"), None);
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(format_bytes(0), "0 bytes");
        assert_eq!(format_bytes(999), "999 bytes");
        assert_eq!(format_bytes(1_499), "1 KB");
        assert_eq!(format_bytes(34_600), "35 KB");
        assert_eq!(format_bytes(1_234_567), "1.2 MB");
        assert_eq!(format_bytes(2_500_000_000), "2.5 GB");
        assert_eq!(format_bytes(1_250_000), "1.3 MB");
        assert_eq!(format_bytes(999_999_999), "1000.0 MB");
        assert_eq!(format_bytes(1_000_000), "1.0 MB");
        assert_eq!(format_bytes(u64::MAX), "18446744073.7 GB");
    }

    #[test]
    fn progress_counts_items_and_bytes() {
        let file = OfflineFile {
            schema: 1,
            items: vec![
                OfflineItem { path: "a/".into(), bytes: 600_000 },
                OfflineItem { path: "data/a.json".into(), bytes: 900_000 },
            ],
            total_bytes: 1_500_000,
        };
        let mut progress = SaveProgress::start(&file);
        assert_eq!(progress.per_mille(), 0);
        progress.saved(600_000);
        assert_eq!(progress.describe(), "Saved 1 of 2 pages and files (600 KB of 1.5 MB)");
        assert_eq!(progress.per_mille(), 500);
        progress.saved(1_000_000);
        assert_eq!(progress.describe(), "Saved 2 of 2 pages and files (1.6 MB of 1.6 MB)");
        assert_eq!(progress.per_mille(), 1000);
    }
}
