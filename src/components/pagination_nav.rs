use leptos::prelude::*;

use super::{NextIcon, PreviousIcon};
use crate::pagination::{pagination_items, PageItem};
use crate::routes::Route;
use crate::state::use_base_path;

/// GOV.UK pagination for a list: previous, the page numbers, next.
#[component]
pub fn PaginationNav(route: Route, page: u32, total_pages: u32) -> impl IntoView {
    let base = use_base_path();
    let href = move |p: u32| base.href(&route.with_page(p));
    let items = pagination_items(page, total_pages);
    (!items.is_empty()).then(|| {
        view! {
            <nav class="govuk-pagination" aria-label="Pagination">
                {(page > 1).then(|| view! {
                    <div class="govuk-pagination__prev">
                        <a class="govuk-link govuk-pagination__link" href=href(page - 1) rel="prev">
                            <PreviousIcon />
                            <span class="govuk-pagination__link-title">
                                "Previous"<span class="govuk-visually-hidden">" page"</span>
                            </span>
                        </a>
                    </div>
                })}
                <ul class="govuk-pagination__list">
                    {items
                        .into_iter()
                        .map(|item| match item {
                            PageItem::Number { page: p, current } => view! {
                                <li class="govuk-pagination__item" class:govuk-pagination__item--current=current>
                                    <a
                                        class="govuk-link govuk-pagination__link"
                                        href=href(p)
                                        aria-label=format!("Page {p}")
                                        aria-current=current.then_some("page")
                                    >
                                        {p}
                                    </a>
                                </li>
                            }
                            .into_any(),
                            PageItem::Ellipsis => view! {
                                <li class="govuk-pagination__item govuk-pagination__item--ellipsis">"⋯"</li>
                            }
                            .into_any(),
                        })
                        .collect_view()}
                </ul>
                {(page < total_pages).then(|| view! {
                    <div class="govuk-pagination__next">
                        <a class="govuk-link govuk-pagination__link" href=href(page + 1) rel="next">
                            <span class="govuk-pagination__link-title">
                                "Next"<span class="govuk-visually-hidden">" page"</span>
                            </span>
                            <NextIcon />
                        </a>
                    </div>
                })}
            </nav>
        }
    })
}
