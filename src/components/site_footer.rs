use leptos::prelude::*;

use crate::site::DEPARTMENT;

/// The footer: licence, and what the site does with cookies (nothing).
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="govuk-footer">
            <div class="govuk-width-container">
                <div class="govuk-footer__meta">
                    <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                        <p class="govuk-body-s">"This site sets no cookies."</p>
                        <span class="govuk-footer__licence-description">
                            "All content is available under the "
                            <a
                                class="govuk-footer__link"
                                href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
                                rel="license"
                            >
                                "Open Government Licence v3.0"
                            </a>
                            ", except where otherwise stated"
                        </span>
                    </div>
                    <div class="govuk-footer__meta-item">{format!("© {DEPARTMENT}")}</div>
                </div>
            </div>
        </footer>
    }
}
