use leptos::prelude::*;

use crate::site::{DEPARTMENT, SITE_NAME};

/// The header: the department, and the blog's name linking home.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="app-header">
            <div class="govuk-generic-header">
                <div class="govuk-generic-header__container govuk-width-container">
                    <div class="govuk-generic-header__logo">
                        <span class="app-header__department">{DEPARTMENT}</span>
                    </div>
                </div>
            </div>
            <section aria-label="Blog" class="govuk-service-navigation">
                <div class="govuk-width-container">
                    <div class="govuk-service-navigation__container">
                        <span class="govuk-service-navigation__service-name">
                            <a href="/" class="govuk-service-navigation__link">{SITE_NAME}</a>
                        </span>
                    </div>
                </div>
            </section>
        </header>
    }
}
