use leptos::prelude::*;

use crate::markdown::SafeHtml;

/// A rendered post or page body. The only component that inserts HTML, which only
/// [`crate::markdown`] makes: it has already escaped raw HTML and dropped unsafe URLs.
#[component]
pub fn MarkdownView(html: SafeHtml) -> impl IntoView {
    view! { <div class="app-prose" inner_html=html.into_string()></div> }
}
