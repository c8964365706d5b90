use leptos::prelude::*;

use crate::markdown::is_safe_link_url;

/// A link to another site, shown only when its address is a web address; otherwise the text
/// says the link is unavailable, so a bad address in the data can never run script.
#[component]
pub fn ExternalLink(url: String, #[prop(into)] text: String) -> impl IntoView {
    let web = url.trim_start().to_ascii_lowercase();
    let is_web =
        (web.starts_with("https://") || web.starts_with("http://")) && is_safe_link_url(&url);
    if is_web {
        view! { <a class="govuk-link" href=url rel="external">{text}</a> }.into_any()
    } else {
        view! { <span class="app-external-link--unavailable">{format!("{text} (link unavailable)")}</span> }
            .into_any()
    }
}
