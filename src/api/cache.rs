//! The bodies of data files already fetched in this session, so that going back to a page,
//! or moving between pages that share a file, does not wait for the network again. Only the
//! browser keeps them; on the host every page is rendered from the published files.

#[cfg(target_arch = "wasm32")]
pub use browser::{get, put};

#[cfg(not(target_arch = "wasm32"))]
pub fn get(_url: &str) -> Option<String> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub fn put(_url: &str, _body: String) {}

#[cfg(target_arch = "wasm32")]
mod browser {
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

    pub fn get(url: &str) -> Option<String> {
        CACHE.with(|cache| {
            let cache = cache.borrow();
            cache.entries.iter().find(|(key, _)| key == url).map(|(_, body)| body.to_string())
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
}
