use leptos::prelude::*;
use strategy_blog::platform::{self, scroll};
use strategy_blog::state::{BasePath, SiteUrl};
use strategy_blog::{api, App};

fn main() {
    console_error_panic_hook::set_once();
    scroll::start();
    let (site_url, base_path) = platform::take_base_element().unwrap_or_default();
    let base_path = BasePath::new(&base_path);
    api::set_site_root(base_path.as_str());
    leptos::mount::mount_to_body(move || {
        view! { <App base_path site_url=SiteUrl(site_url) /> }
    });
}
