use std::sync::Arc;

use futures::executor::block_on;
use futures::{stream, StreamExt};
use leptos::prelude::*;
use leptos::reactive::owner::Owner;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::api::DataSource;
use crate::app::App;
use crate::state::{provide_page_problems, BasePath, PageProblem, SiteUrl};

/// A page rendered on the host.
pub struct RenderedRoute {
    /// What goes in `<body>`.
    pub body: String,
    /// What goes in `<head>` after the template's own tags: `<!--HEAD-->`, then the page's
    /// title, description, canonical, Open Graph and feed tags.
    pub head: String,
    /// The data the page was rendered from, by hydration id, for the browser to hydrate with.
    pub resources: Vec<(String, String)>,
    /// What the page showed in place of its content ("Page not found", an error panel).
    pub problems: Vec<PageProblem>,
}

/// Renders the page at `address` (a path and query, such as `/2014/10/10/an-update/`), waiting
/// for all its data, which comes from `source`.
pub fn render_route(
    address: &str,
    base_path: &BasePath,
    site_url: &SiteUrl,
    source: &DataSource,
) -> RenderedRoute {
    // Sets the executor for the process the first time; later calls are refused, harmlessly.
    let _ = any_spawner::Executor::init_futures_executor();
    let shared = Arc::new(hydration_context::SsrSharedContext::new());
    let owner = Owner::new_root(Some(shared.clone()));
    let (meta, meta_output) = ServerMetaContext::new();
    let address = format!("{}{address}", base_path.as_str());
    let (body, problems) = owner.with(|| {
        provide_context(RequestUrl::new(&address));
        provide_context(meta);
        let problems = provide_page_problems();
        let (base_path, site_url, source) = (base_path.clone(), site_url.clone(), source.clone());
        let app = view! { <App base_path site_url source /> };
        let body = block_on(app.to_html_stream_in_order().collect::<String>());
        (body, problems.take())
    });
    let resources = block_on(shared.consume_buffers())
        .into_iter()
        .map(|(id, value)| (id.as_str().to_owned(), value))
        .collect();
    let head = block_on(async {
        let first = stream::iter(["<head><!--HEAD--></head>".to_owned()]);
        meta_output.inject_meta_context(first).await.collect::<String>().await
    });
    let head = head.trim_start_matches("<head>").trim_end_matches("</head>").to_owned();
    owner.unset();
    RenderedRoute { body, head, resources, problems }
}
