use leptos::prelude::*;

use crate::model::{month_name, SiteFile};
use crate::routes::{ProjectFilter, Route};
use crate::state::{use_base_path, use_site};
use crate::text::count_noun;

/// How many months the sidebar lists before "All archives".
const RECENT_MONTHS: usize = 12;

/// The sidebar on every page: the strategy's themes, the project register, the categories
/// and the monthly archives with their counts.
#[component]
pub fn SiteSidebar() -> impl IntoView {
    let site = use_site();
    view! { <SidebarContent site=(*site).clone() /> }
}

#[component]
fn SidebarContent(site: SiteFile) -> impl IntoView {
    let base = use_base_path();
    let projects = base.href(&Route::Projects(ProjectFilter::default()));
    let themes = site.themes.iter().map(|t| {
        let href = base.href(&Route::Theme { slug: t.slug.clone(), page: 1 });
        view! { <li><a class="govuk-link" href=href>{t.name.clone()}</a></li> }
    });
    let categories = site.categories.iter().map(|c| {
        let href = base.href(&Route::Category { slug: c.slug.clone(), page: 1 });
        view! { <li><a class="govuk-link" href=href>{c.name.clone()}</a>{format!(" ({})", c.post_count)}</li> }
    });
    let months = site.months.iter().take(RECENT_MONTHS).map(|m| {
        let href = base.href(&Route::Month { year: m.year, month: m.month, page: 1 });
        let label = format!("{} {}", month_name(m.month), m.year);
        view! { <li><a class="govuk-link" href=href>{label}</a>{format!(" ({})", m.post_count)}</li> }
    });
    view! {
        <div class="app-sidebar">
            <section class="app-sidebar__section" aria-labelledby="sidebar-themes">
                <h2 class="govuk-heading-s" id="sidebar-themes">"Our themes"</h2>
                <ul class="govuk-list app-sidebar__list">{themes.collect_view()}</ul>
            </section>
            <section class="app-sidebar__section" aria-labelledby="sidebar-projects">
                <h2 class="govuk-heading-s" id="sidebar-projects">"Projects"</h2>
                <p class="govuk-body-s">
                    <a class="govuk-link" href=projects>
                        {format!("All {} in the register", count_noun(site.project_count as usize, "project", "projects"))}
                    </a>
                </p>
            </section>
            <section class="app-sidebar__section" aria-labelledby="sidebar-categories">
                <h2 class="govuk-heading-s" id="sidebar-categories">"Categories"</h2>
                <ul class="govuk-list app-sidebar__list">{categories.collect_view()}</ul>
            </section>
            <section class="app-sidebar__section" aria-labelledby="sidebar-archives">
                <h2 class="govuk-heading-s" id="sidebar-archives">"Archives"</h2>
                <ul class="govuk-list app-sidebar__list">{months.collect_view()}</ul>
                <p class="govuk-body-s">
                    <a class="govuk-link" href=base.href(&Route::Archives)>"All archives"</a>
                </p>
            </section>
        </div>
    }
}
