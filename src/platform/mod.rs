//! The calls into the browser that are not fetching: focus, scroll, clipboard, sharing, the
//! page's address, local storage, the service worker, sanitising HTML, embedding. Views call
//! these only from event handlers and effects, never while rendering.
//!
//! Two halves with one API: `browser` (wasm32) does the work; `host` does nothing, so a
//! component rendered on the host by the publish step never reaches web-sys and needs no
//! `cfg` of its own. The only process-wide state in the app is here, and is the browser's:
//! scroll positions by address (`scroll`) and when the app last asked for a new version
//! (`offline`). Character references (`entities`) are decoded in both: by the browser's
//! parser, and by `htmlize` on the host.

mod offline_types;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::*;

#[cfg(not(target_arch = "wasm32"))]
mod host;
#[cfg(not(target_arch = "wasm32"))]
pub use host::*;
