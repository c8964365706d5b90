//! The bodies of data files already fetched in this session, so that going back to a page,
//! or moving between pages that share a file, does not wait for the network again.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// The most text kept, in bytes; the oldest entries go first.
const BUDGET: usize = 4 * 1024 * 1024;

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

#[derive(Default)]
struct Cache {
    entries: VecDeque<(String, Rc<str>)>,
    size: usize,
}

pub fn get(url: &str) -> Option<Rc<str>> {
    CACHE.with(|cache| {
        let cache = cache.borrow();
        cache.entries.iter().find(|(key, _)| key == url).map(|(_, body)| Rc::clone(body))
    })
}

pub fn put(url: &str, body: String) {
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(at) = cache.entries.iter().position(|(key, _)| key == url) {
            let (_, old) = cache.entries.remove(at).expect("position is in range");
            cache.size -= old.len();
        }
        cache.size += body.len();
        cache.entries.push_back((url.to_owned(), Rc::from(body)));
        while cache.size > BUDGET && cache.entries.len() > 1 {
            let (_, old) = cache.entries.pop_front().expect("not empty");
            cache.size -= old.len();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_bodies_and_drops_the_oldest_past_the_budget() {
        put("a", "1".into());
        put("a", "2".into());
        assert_eq!(get("a").as_deref(), Some("2"));
        put("big", "x".repeat(BUDGET));
        assert_eq!(get("a"), None, "the oldest goes first");
        assert!(get("big").is_some(), "the newest stays even when it alone is over budget");
    }
}
