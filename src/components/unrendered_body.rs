use leptos::prelude::*;

/// A Markdown body the publish step did not render (a data file written by hand, or before
/// bodies were rendered at publish time). Only the publish step renders Markdown, so that no
/// reader downloads a renderer; such a body reads as its text, paragraph by paragraph, its
/// markup shown as written.
#[component]
pub fn UnrenderedBody(markdown: String) -> impl IntoView {
    let paragraphs = crate::text::paragraphs(&markdown);
    view! {
        <div class="app-prose">
            {paragraphs.into_iter().map(|paragraph| view! { <p>{paragraph}</p> }).collect_view()}
        </div>
    }
}
