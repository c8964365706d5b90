//! The reading code's entry point (src/reading): what a reading page runs instead of the app,
//! unless the site is built with `BLOG_READING=app`. Built by `scripts/build-reading.sh`.

#[cfg(target_arch = "wasm32")]
fn main() {
    strategy_blog::reading::start();
}

// Nothing runs on the host: the publish tool renders the pages the parts are found in.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
