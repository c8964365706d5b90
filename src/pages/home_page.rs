use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::fetch_post_index;
use crate::components::{LoadErrorPanel, Loading, PostCard};
use crate::site::SITE_NAME;

/// How many posts a page of a list shows.
pub const POSTS_PER_PAGE: usize = 10;

/// The latest posts, newest first.
#[component]
pub fn HomePage(page: u32) -> impl IntoView {
    let index = LocalResource::new(fetch_post_index);
    let start = (page as usize - 1) * POSTS_PER_PAGE;
    view! {
        <Title text=SITE_NAME />
        <h1 class="govuk-heading-xl" id="page-heading" tabindex="-1">{SITE_NAME}</h1>
        <Suspense fallback=|| view! { <Loading /> }>
            {move || Suspend::new(async move {
                match index.await {
                    Ok(index) => {
                        let posts = index.posts.into_iter().skip(start).take(POSTS_PER_PAGE);
                        view! {
                            <ol class="app-post-list">
                                {posts.map(|post| view! { <PostCard post /> }).collect_view()}
                            </ol>
                        }
                            .into_any()
                    }
                    Err(error) => {
                        view! { <LoadErrorPanel error retry=move |_| index.refetch() /> }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
