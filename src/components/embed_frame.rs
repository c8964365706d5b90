use leptos::ev::MouseEvent;
use leptos::html;
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::{use_navigate, use_query_map};
use wasm_bindgen::JsCast;

use crate::components::MAIN_CONTENT_ID;
use crate::routes::{with_frame_settings, EmbedView, Route};
use crate::state::{navigate_within_site, use_base_path, use_site};

/// The frame around an embedded view: no header, footer or sidebar; a line naming the blog;
/// links that open in the page around the frame (unless the snippet asks `links=frame`); and
/// its height reported to that page as it changes (see `platform::embed`).
///
/// Pre-rendered, a view does all that without the app: the page is marked
/// `<meta name="app-load" content="embed">`, and the start gate runs the embed script
/// (crates/publish/src/embed_view.js) in its place, loading the app only where the reader uses
/// a part that needs it (the comment form). A site refreshed live from WordPress keeps the
/// app, which brings the view up to date.
#[component]
pub fn EmbedFrame(
    /// The page this view shows on the full site.
    full_page: Signal<Route>,
    children: Children,
) -> impl IntoView {
    let site = use_site();
    let base = use_base_path();
    let query = use_query_map();
    let container = NodeRef::<html::Div>::new();
    let allowed = site.site.embed_origins.clone();
    let live = site.site.live_wordpress.is_some();
    Effect::new(move |_| {
        crate::platform::embed::drop_base_target();
        let (Some(element), frame) = (container.get(), query.with_untracked(|q| q.get("frame")))
        else {
            return;
        };
        crate::platform::embed::report_height(
            element.into(),
            frame.unwrap_or_default(),
            allowed.clone(),
        );
    });
    let links_in_frame = move || query.with(|q| q.get("links").as_deref() == Some("frame"));
    let navigate = use_navigate();
    let frame_base = base.clone();
    let open_links_in_top = move |event: MouseEvent| {
        if event.default_prevented() || event.button() != 0 {
            return;
        }
        let link = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten());
        let Some(link) = link else {
            return;
        };
        let href = js_sys::Reflect::get(&link, &"href".into()).ok().and_then(|h| h.as_string());
        let same_page = link.get_attribute("href").is_some_and(|h| h.starts_with('#'));
        let (Some(href), false) = (href, same_page) else {
            return;
        };
        event.prevent_default();
        // With `links=frame`, a link to a page that has an embed view stays in the frame,
        // keeping the frame's settings; any other opens in the page around it.
        let in_frame =
            links_in_frame().then(|| web_sys::Url::new(&href).ok()).flatten().and_then(|url| {
                let path = url.pathname();
                let route =
                    Route::parse(frame_base.strip(&path)?, url.search().trim_start_matches('?'));
                EmbedView::for_route(&route)
            });
        match in_frame {
            Some(view) => {
                let settings: Vec<(&str, String)> = query.with_untracked(|q| {
                    ["frame", "links"]
                        .into_iter()
                        .filter_map(|name| q.get(name).map(|value| (name, value)))
                        .collect()
                });
                let target = with_frame_settings(&frame_base.href(&Route::Embed(view)), &settings);
                navigate(&target, navigate_within_site());
            }
            None => crate::platform::embed::open_in_top(&href),
        }
    };
    let title = site.site.title.clone();
    let source_base = base.clone();
    view! {
        {(!live).then(|| view! { <Meta name="app-load" content="embed" /> })}
        <div class="app-embed" node_ref=container on:click=open_links_in_top>
            <main class="app-embed__main" id=MAIN_CONTENT_ID tabindex="-1">
                {children()}
                <p class="govuk-body-s app-embed__source">
                    <a class="govuk-link" href=move || source_base.href(&full_page.get())>
                        {format!("See this on {title}")}
                    </a>
                </p>
            </main>
        </div>
    }
}
