use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use super::error_page;
use crate::api::use_data_source;
use crate::components::{Loading, PageHeading, SearchForm};
use crate::platform;
use crate::routes::Route;
use crate::search::{highlight, snippet, DocKind, Searcher, TextPart};
use crate::state::{use_base_path, use_site};
use crate::text::count_noun;

/// How many results a search shows at first, and how many more each "Show more" adds. Few
/// enough that each keystroke redraws the list quickly.
const SHOWN: usize = 20;

/// Search across posts, themes and projects, in the browser, as you type; with no network
/// too, once the index has loaded.
#[component]
pub fn SearchPage(query: String) -> impl IntoView {
    let path = use_site().files.search.clone();
    let base = use_base_path();
    // Not pre-rendered: the index is loaded in the browser only, when someone searches.
    let source = use_data_source();
    let index = LocalResource::new(move || source.clone().fetch_search_index(path.clone()));
    let typed = RwSignal::new(query);
    // Keep the address in step with the box, without a navigation per keystroke.
    Effect::new(move |previous: Option<String>| {
        let query = typed.get();
        if previous.is_some_and(|p| p != query) {
            platform::replace_address(
                &base.href(&Route::Search { query: query.trim().to_owned() }),
            );
        }
        query
    });
    let title = move || {
        let query = typed.get();
        if query.trim().is_empty() {
            "Search".to_owned()
        } else {
            format!("Search results for ‘{}’", query.trim())
        }
    };
    view! {
        <Title text=title />
        <Meta name="description" content="Search the blog's posts, themes and projects." />
        // Results need the app: it starts here even for a reader saving data (start_gate.js).
        <Meta name="app-load" content="eager" />
        <PageHeading text="Search" />
        <SearchForm id="search-page-q" name="Search the blog" visible_label=true live=typed />
        // Plain text only: with scripts on, a browser keeps a noscript's content as text.
        <noscript>
            "Search runs in your browser and needs JavaScript. Without it, the archives, the themes and the project register list everything on this blog."
        </noscript>
        // Not a Suspense: the pre-rendered page and the app's first render must agree, and
        // the index only ever loads in the browser, so both start from "Loading".
        {move || match index.get() {
            None => view! { <Loading /> }.into_any(),
            Some(Ok(searcher)) => view! { <SearchResults searcher query=typed /> }.into_any(),
            Some(Err(error)) => error_page(error, Callback::new(move |_| index.refetch())),
        }}
    }
}

#[component]
fn SearchResults(searcher: std::sync::Arc<Searcher>, query: RwSignal<String>) -> impl IntoView {
    let base = use_base_path();
    let shown = RwSignal::new(SHOWN);
    // A new query starts again from the first results.
    Effect::new(move |_| {
        query.track();
        shown.set(SHOWN);
    });
    move || {
        let query = query.get();
        let query = query.trim().to_owned();
        let limit = shown.get();
        if query.is_empty() {
            return view! { <p class="govuk-body app-search__status" role="status">"Type a word to search the posts, themes and projects."</p> }.into_any();
        }
        let hits = searcher.search(&query);
        let total = hits.len();
        let status = match total {
            0 => format!("No results for ‘{query}’. Check the spelling or try other words."),
            n => format!("{} for ‘{query}’", count_noun(n, "result", "results")),
        };
        let more = (total > limit).then(|| {
            let label = format!("Show more results ({limit} of {total} shown)");
            view! {
                <button
                    type="button"
                    class="govuk-button govuk-button--secondary"
                    on:click=move |_| shown.update(|n| *n += SHOWN)
                >
                    {label}
                </button>
            }
        });
        let results = hits
            .into_iter()
            .take(limit)
            .map(|hit| {
                let doc = searcher.doc(hit.doc);
                let kind = match doc.kind {
                    DocKind::Post => "Post",
                    DocKind::Theme => "Theme",
                    DocKind::Project => "Project",
                };
                let href = base.path(&doc.path);
                let title = marked(highlight(&doc.title, &query));
                let text = marked(snippet(&doc.text, &query));
                let date = (!doc.date.is_empty()).then(|| doc.date.clone());
                view! {
                    <li class="app-search-result">
                        <p class="app-search-result__kind">{kind}{date.map(|d| format!(", {d}"))}</p>
                        <h2 class="govuk-heading-s app-search-result__title"><a class="govuk-link" href=href>{title}</a></h2>
                        <p class="govuk-body app-search-result__snippet">{text}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="govuk-body app-search__status" role="status">{status}</p>
            <ol class="app-search-results">{results}</ol>
            {more}
        }
        .into_any()
    }
}

/// Text with the matching words in `<mark>`.
fn marked(parts: Vec<TextPart>) -> impl IntoView {
    parts
        .into_iter()
        .map(|part| match part {
            TextPart::Plain(text) => text.into_any(),
            TextPart::Match(text) => {
                view! { <mark class="app-search__match">{text}</mark> }.into_any()
            }
        })
        .collect_view()
}
