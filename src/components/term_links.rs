use leptos::prelude::*;

use crate::model::Term;
use crate::routes::Route;
use crate::state::use_base_path;

/// Which kind of page a list of terms links to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermKind {
    Tag,
    Theme,
    Project,
}

/// "Tags: a, b" (or themes, or projects) as a labelled list of links.
#[component]
pub fn TermLinks(#[prop(into)] label: String, terms: Vec<Term>, kind: TermKind) -> impl IntoView {
    let base = use_base_path();
    (!terms.is_empty()).then(|| {
        view! {
            <div class="app-term-links">
                <h2 class="govuk-heading-s app-term-links__label">{label}</h2>
                <ul class="app-term-links__list">
                    {terms
                        .into_iter()
                        .map(|term| {
                            let route = match kind {
                                TermKind::Tag => Route::Tag { slug: term.slug, page: 1 },
                                TermKind::Theme => Route::Theme { slug: term.slug, page: 1 },
                                TermKind::Project => Route::Project { slug: term.slug },
                            };
                            view! {
                                <li class="app-term-links__item">
                                    <a class="govuk-link" href=base.href(&route)>{term.name}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
