use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route as RouterRoute, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::components::{SiteFooter, SiteHeader, SkipLink};
use crate::pages::{HomePage, NotFoundPage, PostPage};
use crate::routes::Route;
use crate::site::page_title;

/// The whole app: the GOV.UK page frame around whichever page the URL names.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Title formatter=|text: String| page_title(&text) />
        <Router>
            <SkipLink />
            <SiteHeader />
            <div class="govuk-width-container">
                <main class="govuk-main-wrapper app-main" id="main-content" tabindex="-1">
                    <Routes fallback=|| view! { <NotFoundPage /> }>
                        <RouterRoute path=path!("/") view=RoutedPage />
                        <RouterRoute path=path!("/*any") view=RoutedPage />
                    </Routes>
                </main>
            </div>
            <SiteFooter />
        </Router>
    }
}

/// Picks the page for the current URL. Routing is [`Route::parse`], a pure function, so the
/// URL scheme is tested on the host; the router supplies the location and link handling.
#[component]
fn RoutedPage() -> impl IntoView {
    let location = use_location();
    let route = Memo::new(move |_| Route::parse(&location.pathname.get(), &location.search.get()));
    move || match route.get() {
        Route::Home { page } => view! { <HomePage page /> }.into_any(),
        post @ Route::Post { .. } => {
            let requested = post.href();
            let Route::Post { slug, .. } = post else {
                unreachable!()
            };
            view! { <PostPage requested slug /> }.into_any()
        }
        Route::NotFound => view! { <NotFoundPage /> }.into_any(),
    }
}
