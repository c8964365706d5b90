use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The page's title (the app adds the blog's name) and its description.
#[component]
pub fn PageMeta(#[prop(into)] title: String, #[prop(into)] description: String) -> impl IntoView {
    view! {
        <Title text=title />
        <Meta name="description" content=description />
    }
}
