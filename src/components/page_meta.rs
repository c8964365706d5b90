use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};

use crate::model::Timestamp;
use crate::routes::Route;
use crate::state::{try_use_site, use_current_route, use_site_url};
use crate::warm_up::is_rehearsal;

/// The page's title (the app adds the blog's name), its description, its canonical address,
/// and the Open Graph and Twitter card tags that link previews read.
#[component]
pub fn PageMeta(
    #[prop(into)] title: String,
    #[prop(into)] description: String,
    /// For a post: when it was published, which also makes it an Open Graph "article".
    #[prop(optional)]
    published: Option<Timestamp>,
) -> impl IntoView {
    let site = try_use_site();
    let site_name = site.as_ref().map(|s| s.site.title.clone());
    let public = site.and_then(|s| s.site.url.clone()).unwrap_or_else(|| use_site_url().0);
    let canonical = use_current_route()
        .map(|route| route.get_untracked())
        .filter(|route| *route != Route::NotFound)
        .map(|route| format!("{}{}", public.trim_end_matches('/'), route.href()));
    let kind = if published.is_some() { "article" } else { "website" };
    // The head belongs to the page in view, not to one built off the page.
    (!is_rehearsal()).then(|| view! {
        <Title text=title.clone() />
        <Meta name="description" content=description.clone() />
        {canonical.map(|url| view! {
            <Link rel="canonical" href=url.clone() />
            <Meta property="og:url" content=url />
        })}
        <Meta property="og:type" content=kind />
        <Meta property="og:title" content=title.clone() />
        <Meta property="og:description" content=description.clone() />
        {site_name.map(|name| view! { <Meta property="og:site_name" content=name /> })}
        <Meta property="og:locale" content="en_GB" />
        {published.map(|date| view! { <Meta property="article:published_time" content=date.to_rfc3339() /> })}
        <Meta name="twitter:card" content="summary" />
        <Meta name="twitter:title" content=title />
        <Meta name="twitter:description" content=description />
    })
}
