//! One component per route, named `*Page`.

mod home_page;
mod not_found_page;
mod post_page;

pub use home_page::HomePage;
pub use not_found_page::NotFoundPage;
pub use post_page::PostPage;
