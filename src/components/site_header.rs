use leptos::prelude::*;

use super::{SearchForm, SectionLink, SectionsMenu};
use crate::routes::{ProjectFilter, Route};
use crate::state::{use_base_path, use_site, BasePath};

/// Which part of the site a page belongs to, for the navigation's current item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Posts,
    Themes,
    Projects,
    Archives,
    Other,
}

impl Section {
    pub fn of(route: &Route) -> Section {
        match route {
            Route::Home { .. }
            | Route::Post { .. }
            | Route::Category { .. }
            | Route::Tag { .. }
            | Route::Author { .. } => Section::Posts,
            Route::Themes | Route::Theme { .. } => Section::Themes,
            Route::Projects(_) | Route::Project { .. } => Section::Projects,
            Route::Archives | Route::Month { .. } => Section::Archives,
            Route::Page { .. }
            | Route::Search { .. }
            | Route::Offline
            | Route::Embed(_)
            | Route::NotFound => Section::Other,
        }
    }
}

/// The header's section links, in order.
pub fn section_links(base: &BasePath) -> Vec<SectionLink> {
    [
        (Section::Posts, "Posts", Route::Home { page: 1 }),
        (Section::Themes, "Themes", Route::Themes),
        (Section::Projects, "Projects", Route::Projects(ProjectFilter::default())),
        (Section::Archives, "Archives", Route::Archives),
    ]
    .into_iter()
    .map(|(section, label, route)| SectionLink { section, label, href: base.href(&route) })
    .collect()
}

/// The header: the department, the blog's name, and the main sections.
#[component]
pub fn SiteHeader(#[prop(into)] section: Signal<Section>) -> impl IntoView {
    let site = use_site();
    let base = use_base_path();
    let (department, title) = (site.site.department.clone(), site.site.title.clone());
    let links = section_links(&base);
    let home = base.href(&Route::Home { page: 1 });
    view! {
        <header class="app-header">
            <div class="govuk-generic-header app-header__department-bar">
                <div class="govuk-generic-header__container govuk-width-container">
                    <div class="govuk-generic-header__logo">
                        <span class="app-header__department">{department}</span>
                    </div>
                </div>
            </div>
            <section aria-label="Blog" class="govuk-service-navigation app-header__navigation">
                <div class="govuk-width-container">
                    <div class="govuk-service-navigation__container">
                        <span class="govuk-service-navigation__service-name">
                            <a href=home class="govuk-service-navigation__link">{title}</a>
                        </span>
                        <app-part data-part="sections">
                            <SectionsMenu links current=section />
                        </app-part>
                    </div>
                </div>
            </section>
            <div class="govuk-width-container app-header__search">
                <SearchForm id="header-search" name="Site search" />
            </div>
        </header>
    }
}
