use leptos::html::Div;
use leptos::prelude::*;

/// A post body from WordPress. Its HTML is untrusted, so it is never rendered as it is: once
/// the element is in the browser's page, `platform::sanitise` puts the sanitised HTML in. A
/// page pre-rendered on the host (published from WordPress) already holds the body as the
/// host's sanitiser cleaned it, to the same allowlist, so it reads without JavaScript, and
/// hydrating keeps it: putting it in again would paint the body a second time.
#[component]
pub fn WordPressBody(html: String) -> impl IntoView {
    let body = NodeRef::<Div>::new();
    let prerendered = crate::platform::sanitise::prerendered_html(&html);
    let hydrating = super::hydrating();
    body.on_load(move |body| {
        crate::platform::sanitise::show_wordpress_html(&body, &html, hydrating)
    });
    view! { <div class="app-prose" node_ref=body inner_html=prerendered.into_string()></div> }
}
