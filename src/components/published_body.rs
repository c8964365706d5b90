use leptos::html::Div;
use leptos::prelude::*;

use crate::state::use_base_path;

/// A post or page body the publish step rendered from Markdown (`BodyFormat::Rendered`).
/// Its HTML comes from a data file, so it reaches the page only through a sanitiser, to the
/// list of what the Markdown renderer makes: on the host `ammonia` cleans it into the
/// pre-rendered page, and in the browser, where the body is drawn anew, `platform::sanitise`
/// puts it in once the element exists. A page being hydrated keeps the body it shows.
#[component]
pub fn PublishedBody(html: String) -> impl IntoView {
    let base = use_base_path();
    let body = NodeRef::<Div>::new();
    let prerendered = crate::platform::sanitise::prerendered_published_html(&html, base.as_str());
    let hydrating = super::hydrating();
    body.on_load(move |body| {
        crate::platform::sanitise::show_published_html(&body, &html, base.as_str(), hydrating)
    });
    view! { <div class="app-prose" node_ref=body inner_html=prerendered.into_string()></div> }
}
