use std::collections::BTreeMap;

use leptos::prelude::*;

use super::error_page;
use crate::api::use_data_source;
use crate::components::{Loading, PageHeading, PageMeta};
use crate::model::{month_name, SiteFile, TermInfo};
use crate::routes::Route;
use crate::state::{use_base_path, use_site};

/// Every month, category, tag and author, with how many posts each has. A WordPress site's
/// months and author counts are counted from its posts first (in the browser only).
#[component]
pub fn ArchivesPage() -> impl IntoView {
    let site = (*use_site()).clone();
    if site.site.wordpress.is_none() {
        return view! { <Archives site /> }.into_any();
    }
    let source = use_data_source();
    let counted = LocalResource::new(move || source.clone().with_archive(site.clone()));
    (move || match counted.get() {
        None => view! { <PageHeading text="Archives" /><Loading /> }.into_any(),
        Some(Ok(site)) => view! { <Archives site /> }.into_any(),
        Some(Err(error)) => error_page(error, Callback::new(move |_| counted.refetch())),
    })
    .into_any()
}

#[component]
fn Archives(site: SiteFile) -> impl IntoView {
    let base = use_base_path();
    let mut years: BTreeMap<i32, Vec<(u8, u32)>> = BTreeMap::new();
    for m in &site.months {
        years.entry(m.year).or_default().push((m.month, m.post_count));
    }
    let years = years.into_iter().rev().map(|(year, months)| {
        let total: u32 = months.iter().map(|(_, n)| n).sum();
        let months = months.into_iter().map(|(month, count)| {
            let href = base.href(&Route::Month { year, month, page: 1 });
            view! {
                <li><a class="govuk-link" href=href>{format!("{} {year}", month_name(month))}</a>{format!(" ({count})")}</li>
            }
        });
        view! {
            <h3 class="govuk-heading-s">{format!("{year} ({total})")}</h3>
            <ul class="govuk-list app-archives__months">{months.collect_view()}</ul>
        }
    });
    let terms = |terms: &[TermInfo], route: fn(String) -> Route| {
        terms
            .iter()
            .map(|t| {
                let href = base.href(&route(t.slug.clone()));
                view! { <li><a class="govuk-link" href=href>{t.name.clone()}</a>{format!(" ({})", t.post_count)}</li> }
            })
            .collect_view()
    };
    let categories = terms(&site.categories, |slug| Route::Category { slug, page: 1 });
    let tags = terms(&site.tags, |slug| Route::Tag { slug, page: 1 });
    let authors = site
        .authors
        .iter()
        .map(|a| {
            let href = base.href(&Route::Author { slug: a.slug.clone(), page: 1 });
            view! { <li><a class="govuk-link" href=href>{a.name.clone()}</a>{format!(" ({})", a.post_count)}</li> }
        })
        .collect_view();
    view! {
        <PageMeta title="Archives" description="Every post by month, category, tag and author." />
        <PageHeading text="Archives" />
        <p class="govuk-body">{format!("{} posts in all.", site.post_count)}</p>
        <h2 class="govuk-heading-m">"By month"</h2>
        {years.collect_view()}
        <h2 class="govuk-heading-m">"By category"</h2>
        <ul class="govuk-list">{categories}</ul>
        <h2 class="govuk-heading-m">"By author"</h2>
        <ul class="govuk-list">{authors}</ul>
        <h2 class="govuk-heading-m">"By tag"</h2>
        <ul class="govuk-list app-archives__tags">{tags}</ul>
    }
}
