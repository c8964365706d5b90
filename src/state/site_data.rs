use std::sync::Arc;

use leptos::prelude::*;

use crate::api::{sendable, use_data_source, LoadError};
use crate::model::SiteFile;

/// `data/site.json`, loaded once for the whole session (and, in a pre-rendered page, taken
/// from the page rather than fetched).
pub type SiteData = Resource<Result<SiteFile, LoadError>>;

pub fn provide_site_data() -> SiteData {
    let source = use_data_source();
    let site = Resource::new(|| (), move |_| sendable(source.clone().fetch_site()));
    provide_context(site);
    site
}

pub fn use_site_data() -> SiteData {
    expect_context::<SiteData>()
}

/// The loaded site file, which the page frame provides to everything inside it.
#[derive(Clone)]
struct LoadedSite(Arc<SiteFile>);

pub fn provide_site(site: SiteFile) {
    provide_context(LoadedSite(Arc::new(site)));
}

/// The site file. Only inside the page frame, which renders once it has loaded.
pub fn use_site() -> Arc<SiteFile> {
    expect_context::<LoadedSite>().0
}

/// The site file, when the page frame has loaded it.
pub fn try_use_site() -> Option<Arc<SiteFile>> {
    use_context::<LoadedSite>().map(|site| site.0)
}
