//! What pages share: the site's data, its public address, route-change bookkeeping and the
//! state of offline reading.
//! Each context has a `provide_*` function and a `use_*` function.

mod base_path;
mod current_route;
mod navigation;
mod offline;
mod outbox;
mod page_problem;
mod site_data;
mod site_url;

pub use base_path::{navigate_within_site, provide_base_path, use_base_path, BasePath};
pub use current_route::{provide_current_route, use_current_route};
pub use navigation::{provide_navigation, use_navigation, Navigation};
pub use offline::{provide_offline_status, use_offline_status, OfflineStatus};
pub use outbox::{provide_outbox_sending, use_outbox_sending, OutboxSending};
pub use page_problem::{provide_page_problems, report_page_problem, PageProblem, PageProblems};
pub use site_data::{
    provide_site, provide_site_data, try_use_site, use_site, use_site_data, SiteData,
};
pub use site_url::{provide_site_url, use_site_url, SiteUrl};
