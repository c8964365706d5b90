use leptos::prelude::*;

use crate::data_paths::FeedKey;
use crate::routes::Route;
use crate::state::{use_base_path, use_site};

/// The footer: the standalone pages (accessibility, cookies, comment policy), the licence,
/// and what the site does with cookies (nothing).
#[component]
pub fn SiteFooter() -> impl IntoView {
    let site = use_site();
    let base = use_base_path();
    let feed = base.path(&format!("/{}", FeedKey::Blog.path()));
    let pages = site
        .pages
        .clone()
        .into_iter()
        .map(|page| {
            let href = base.href(&Route::Page { slug: page.slug });
            view! {
                <li class="govuk-footer__inline-list-item">
                    <a class="govuk-footer__link" href=href>{page.title}</a>
                </li>
            }
        })
        .collect_view();
    let department = site.site.department.clone();

    view! {
        <footer class="govuk-footer">
            <div class="govuk-width-container">
                <div class="govuk-footer__meta">
                    <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                        <h2 class="govuk-visually-hidden">"Support links"</h2>
                        <ul class="govuk-footer__inline-list">
                            {pages}
                            <li class="govuk-footer__inline-list-item">
                                <a class="govuk-footer__link" href=feed type="application/atom+xml">"Atom feed"</a>
                            </li>
                        </ul>
                        <p class="govuk-body-s app-footer__cookies">"This site sets no cookies."</p>
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
                    <div class="govuk-footer__meta-item">{format!("© {department}")}</div>
                </div>
            </div>
        </footer>
    }
}
