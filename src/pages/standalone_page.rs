use leptos::prelude::*;

use super::{error_page, NotFoundPage};
use crate::api::{sendable, use_data_source, LoadError};
use crate::components::{
    Loading, PageHeading, PageMeta, PublishedBody, UnrenderedBody, WordPressBody,
};
use crate::model::BodyFormat;
use crate::state::use_site;

/// A standalone page such as the accessibility statement: Markdown from the content folder
/// (rendered when it was published), or a WordPress page's HTML (sanitised as a WordPress
/// post's body is).
#[component]
pub fn StandalonePage(slug: String) -> impl IntoView {
    let path = use_site().files.pages.get(&slug).cloned();
    let source = use_data_source();
    let page = Resource::new(
        move || (path.clone(), slug.clone()),
        move |(path, slug)| sendable(source.clone().fetch_page(path, slug)),
    );
    view! {
        <Suspense fallback=|| view! { <Loading /> }>
            {move || {
                Suspend::new(async move {
                    match page.await {
                        Ok(page) => {
                            let body = match page.body_format {
                                BodyFormat::Rendered => {
                                    view! { <PublishedBody html=page.body /> }.into_any()
                                }
                                BodyFormat::Markdown => {
                                    view! { <UnrenderedBody markdown=page.body /> }.into_any()
                                }
                                BodyFormat::Html => {
                                    view! { <WordPressBody html=page.body /> }.into_any()
                                }
                            };
                            view! {
                                <PageMeta title=page.title.clone() description=page.summary />
                                <PageHeading text=page.title />
                                {body}
                            }
                            .into_any()
                        }
                        Err(LoadError::NotFound { .. }) => view! { <NotFoundPage /> }.into_any(),
                        Err(error) => error_page(error, Callback::new(move |_| page.refetch())),
                    }
                })
            }}
        </Suspense>
    }
}
