//! What pages share: the site's data, its public address, and route-change bookkeeping.
//! Each context has a `provide_*` function and a `use_*` function.

mod base_path;
mod navigation;
mod site_data;
mod site_url;

pub use base_path::{provide_base_path, use_base_path, BasePath};
pub use navigation::{provide_navigation, use_navigation, Navigation};
pub use site_data::{provide_site_data, use_site_data, SiteData};
pub use site_url::{provide_site_url, use_site_url, SiteUrl};
