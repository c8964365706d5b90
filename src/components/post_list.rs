use leptos::prelude::*;

use super::{PaginationNav, PostCard};
use crate::model::ListPage;
use crate::routes::Route;
use crate::text::count_noun;

/// One page of a list of posts, with how many there are and GOV.UK pagination.
#[component]
pub fn PostList(list: ListPage, route: Route) -> impl IntoView {
    let count = count_noun(list.total_posts as usize, "post", "posts");
    let summary = if list.total_pages > 1 {
        format!("{count}, page {} of {}", list.page, list.total_pages)
    } else {
        count
    };
    let empty = list.posts.is_empty();
    view! {
        <p class="govuk-body app-post-list__count">{summary}</p>
        {empty.then(|| view! { <p class="govuk-body">"There are no posts here yet."</p> })}
        <ol class="app-post-list">
            {list.posts.into_iter().map(|post| view! { <PostCard post /> }).collect_view()}
        </ol>
        <PaginationNav route page=list.page total_pages=list.total_pages />
    }
}
