//! One component per route, named `*Page`.

mod archives_page;
mod embed_pages;
mod list_page;
mod live_refresh;
mod not_found_page;
mod offline_page;
mod post_comments;
mod post_page;
mod project_page;
mod projects_page;
mod search_page;
mod standalone_page;
mod theme_page;
mod themes_page;
mod wrong_build_page;

pub use archives_page::ArchivesPage;
pub use embed_pages::{EmbedHelpPage, LatestPosts, LatestWidget};
pub use list_page::{error_page, ListHeading, PostListPage};
pub use not_found_page::NotFoundPage;
pub use offline_page::OfflinePage;
pub use post_page::PostPage;
pub use project_page::ProjectPage;
pub use projects_page::ProjectsPage;
pub use search_page::SearchPage;
pub use standalone_page::StandalonePage;
pub use theme_page::ThemePage;
pub use themes_page::ThemesPage;
pub use wrong_build_page::WrongBuildPage;
