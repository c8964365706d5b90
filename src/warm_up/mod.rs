//! Work done ahead of the reader, while the browser is idle, so that what they do next does
//! not wait for the browser to compile code.
//!
//! Chromium compiles each wasm function the first time it is called. Two kinds of code a
//! reader's next step runs are not run by hydrating the page they arrived on:
//! - decoding, threading and writing a comment thread ([`comment_thread`], run on a sample
//!   thread by `main` when the browser is idle);
//! - building, mounting and unmounting a page in the app ([`rehearse_neighbours`]: a post
//!   page rehearses a neighbouring post off the screen, once a session).
//!
//! Views a rehearsal builds ask [`is_rehearsal`] and then change nothing outside themselves.

mod comment_thread;
mod rehearsal;

pub use comment_thread::comment_thread;
pub use rehearsal::{is_rehearsal, rehearse_neighbours};
