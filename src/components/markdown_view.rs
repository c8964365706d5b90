use leptos::prelude::*;

use crate::markdown::SafeHtml;

/// A rendered post or page body. One of the two components that insert HTML (the other is
/// the comment thread): this HTML only [`crate::markdown`] makes, which has already escaped
/// raw HTML and dropped unsafe URLs.
#[component]
pub fn MarkdownView(html: SafeHtml) -> impl IntoView {
    view! { <div class="app-prose" inner_html=html.into_string()></div> }
}
