use leptos::html::Div;
use leptos::prelude::*;

/// A post body from WordPress. Its HTML is untrusted, so it is never rendered as it is: once
/// the element is in the browser's page, `platform::sanitise` puts the sanitised HTML in.
/// (Pages from WordPress are rendered in the browser only; on the host this stays empty.)
#[component]
pub fn WordPressBody(html: String) -> impl IntoView {
    let body = NodeRef::<Div>::new();
    body.on_load(move |body| crate::platform::sanitise::set_sanitised_html(&body, &html));
    view! { <div class="app-prose" node_ref=body></div> }
}
