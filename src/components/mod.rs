//! Reusable views. One component per file.

mod below_the_fold;
mod byline;
mod comment_form;
mod comment_text;
mod comment_thread;
mod connection_banners;
mod embed_frame;
mod external_link;
mod feed_link;
mod history_notice;
mod load_error_panel;
mod loading;
mod page_heading;
mod page_meta;
mod pagination_icons;
mod pagination_nav;
mod phase_tag;
mod post_card;
mod post_links;
mod post_list;
mod post_neighbours;
mod project_card;
mod project_filters;
mod published_body;
mod saved_pages;
mod search_form;
mod sections_menu;
mod share_links;
mod site_footer;
mod site_header;
mod site_sidebar;
mod skip_link;
mod table_of_contents;
mod term_links;
mod unrendered_body;
mod wordpress_body;

pub use below_the_fold::BelowTheFold;
pub use byline::Byline;
pub use comment_form::CommentForm;
pub use comment_text::CommentText;
pub use comment_thread::{CommentThread, COMMENTS_PER_BATCH, FIRST_COMMENTS, MAX_THREAD_DEPTH};
pub use connection_banners::ConnectionBanners;
pub use embed_frame::EmbedFrame;
pub use external_link::ExternalLink;
pub use feed_link::FeedLink;
pub use history_notice::HistoryNotice;
pub use load_error_panel::LoadErrorPanel;
pub use loading::Loading;
pub use page_heading::PageHeading;
pub use page_meta::PageMeta;
pub use pagination_icons::{NextIcon, PreviousIcon};
pub use pagination_nav::PaginationNav;
pub use phase_tag::PhaseTag;
pub use post_card::PostCard;
pub use post_links::PostLinks;
pub use post_list::PostList;
pub use post_neighbours::PostNeighbours;
pub use project_card::ProjectCard;
pub use project_filters::ProjectFilters;
pub use published_body::PublishedBody;
pub use saved_pages::SavedPages;
pub use search_form::SearchForm;
pub use sections_menu::{SectionLink, SectionsMenu, SECTIONS_MENU_ID};
pub use share_links::ShareLinks;
pub use site_footer::SiteFooter;
pub use site_header::{section_links, Section, SiteHeader};
pub use site_sidebar::SiteSidebar;
pub use skip_link::{SkipLink, MAIN_CONTENT_ID};
pub use table_of_contents::{TableOfContents, CONTENTS_MIN_HEADINGS};
pub use term_links::{TermKind, TermLinks};
pub use unrendered_body::UnrenderedBody;
pub use wordpress_body::WordPressBody;

/// Whether the view being made now is hydrating the pre-rendered page (false on the host,
/// and in the browser once the first page has been taken over).
fn hydrating() -> bool {
    leptos::prelude::Owner::current_shared_context().is_some_and(|c| c.during_hydration())
}
