//! The bodies of data files already fetched in this session, so that going back to a page,
//! or moving between pages that share a file, does not wait for the network again. Each
//! [`super::DataSource`] that fetches owns one; a source that reads files in memory (the
//! publish step's, a test's) needs none.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

/// Whether a request may be answered from, and its answer put in, the session's answers.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(feature = "wordpress"), allow(dead_code))]
pub(in crate::api) enum Keep {
    /// Answered from this session's answers when it has one; kept.
    Yes,
    /// Asked for again even if this session has it (a live refresh); kept.
    Renew,
    No,
}

/// The most text kept, in bytes; the oldest entries go first.
const BUDGET: usize = 4 * 1024 * 1024;

#[derive(Default)]
pub struct ResponseCache {
    kept: Mutex<Kept>,
}

#[derive(Default)]
struct Kept {
    entries: VecDeque<(String, Arc<str>)>,
    size: usize,
}

impl ResponseCache {
    pub fn get(&self, url: &str) -> Option<String> {
        let kept = self.kept.lock().ok()?;
        kept.entries.iter().find(|(key, _)| key == url).map(|(_, body)| body.to_string())
    }

    pub fn put(&self, url: &str, body: String) {
        let Ok(mut kept) = self.kept.lock() else {
            return;
        };
        if let Some(at) = kept.entries.iter().position(|(key, _)| key == url) {
            let (_, old) = kept.entries.remove(at).expect("position is in range");
            kept.size -= old.len();
        }
        kept.size += body.len();
        kept.entries.push_back((url.to_owned(), Arc::from(body)));
        while kept.size > BUDGET && kept.entries.len() > 1 {
            let (_, old) = kept.entries.pop_front().expect("not empty");
            kept.size -= old.len();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_latest_answer_for_each_address() {
        let cache = ResponseCache::default();
        assert_eq!(cache.get("/data/site.json"), None);
        cache.put("/data/site.json", "one".into());
        cache.put("/data/site.json", "two".into());
        assert_eq!(cache.get("/data/site.json").as_deref(), Some("two"));
    }

    #[test]
    fn forgets_the_oldest_answers_past_its_budget_but_keeps_the_newest() {
        let cache = ResponseCache::default();
        let big = "x".repeat(BUDGET / 2 + 1);
        cache.put("/a", big.clone());
        cache.put("/b", big.clone());
        assert_eq!(cache.get("/a"), None);
        assert!(cache.get("/b").is_some());
        cache.put("/huge", "y".repeat(BUDGET * 2));
        assert!(cache.get("/huge").is_some(), "a single answer over budget is still kept");
    }
}
