//! Reusable views. One component per file.

mod byline;
mod comment_list;
mod load_error_panel;
mod loading;
mod markdown_view;
mod post_card;
mod site_footer;
mod site_header;
mod skip_link;

pub use byline::Byline;
pub use comment_list::CommentList;
pub use load_error_panel::LoadErrorPanel;
pub use loading::Loading;
pub use markdown_view::MarkdownView;
pub use post_card::PostCard;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
