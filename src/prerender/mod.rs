//! Pre-rendering: every page of the site rendered to HTML on the host by the app's own
//! components, so a page reads fully without JavaScript, link previews find their tags, and
//! the app, once loaded, hydrates the page in place. Host only.

mod document;
mod render;

pub use document::{page_document, PageDocument, Template};
pub use render::{render_route, RenderedRoute};
