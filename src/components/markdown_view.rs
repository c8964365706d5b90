use leptos::prelude::*;

use crate::markdown::RenderedMarkdown;

/// A rendered post body. The only component that inserts HTML: [`crate::markdown`] has
/// already escaped raw HTML and dropped unsafe URLs.
#[component]
pub fn MarkdownView(rendered: RenderedMarkdown) -> impl IntoView {
    view! { <div class="app-prose" inner_html=rendered.html></div> }
}
