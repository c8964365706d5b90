use leptos::prelude::*;

use crate::api::{fetch_site, LoadError};
use crate::model::SiteFile;

/// `data/site.json`, fetched once for the whole session.
pub type SiteData = LocalResource<Result<SiteFile, LoadError>>;

pub fn provide_site_data() -> SiteData {
    let site = LocalResource::new(fetch_site);
    provide_context(site);
    site
}

pub fn use_site_data() -> SiteData {
    expect_context::<SiteData>()
}
