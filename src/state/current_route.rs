use leptos::prelude::*;

use crate::routes::Route;

/// The route the address names, as the page frame reads it.
#[derive(Clone, Copy)]
struct CurrentRoute(Memo<Route>);

pub fn provide_current_route(route: Memo<Route>) {
    provide_context(CurrentRoute(route));
}

/// The current route, inside the page frame.
pub fn use_current_route() -> Option<Memo<Route>> {
    use_context::<CurrentRoute>().map(|current| current.0)
}
