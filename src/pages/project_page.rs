use leptos::prelude::*;

use super::{error_page, NotFoundPage};
use crate::api::{sendable, use_data_source};
use crate::components::{
    CommentText, ExternalLink, Loading, PageHeading, PageMeta, PhaseTag, PostLinks,
};
use crate::model::Project;
use crate::routes::{ProjectFilter, Route};
use crate::state::use_base_path;
use crate::state::use_site;

/// One project: what it is, its phase, theme and team, its own site and posts about it.
#[component]
pub fn ProjectPage(slug: String) -> impl IntoView {
    let path = use_site().files.projects.clone();
    let source = use_data_source();
    let projects = Resource::new(
        move || path.clone(),
        move |path| sendable(source.clone().fetch_projects(path)),
    );
    view! {
        <Suspense fallback=|| view! { <Loading /> }>
            {move || {
                let slug = slug.clone();
                Suspend::new(async move {
                    match projects.await {
                        Ok(projects) => match projects.into_iter().find(|p| p.slug == slug) {
                            Some(project) => view! { <ProjectView project /> }.into_any(),
                            None => view! { <NotFoundPage /> }.into_any(),
                        },
                        Err(error) => error_page(error, Callback::new(move |_| projects.refetch())),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn ProjectView(project: Project) -> impl IntoView {
    let base = use_base_path();
    let theme = base.href(&Route::Theme { slug: project.theme.slug.clone(), page: 1 });
    let register = base.href(&Route::Projects(ProjectFilter::default()));
    view! {
        <PageMeta title=project.name.clone() description=project.summary.clone() />
        <span class="govuk-caption-xl">"Project"</span>
        <PageHeading text=project.name.clone() />
        <p class="govuk-body-l">{project.summary}</p>
        <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">"Phase"</dt>
                <dd class="govuk-summary-list__value"><PhaseTag phase=project.phase /></dd>
            </div>
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">"Theme"</dt>
                <dd class="govuk-summary-list__value"><a class="govuk-link" href=theme>{project.theme.name}</a></dd>
            </div>
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">"Team"</dt>
                <dd class="govuk-summary-list__value">{project.team}</dd>
            </div>
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">"Site"</dt>
                <dd class="govuk-summary-list__value">
                    <ExternalLink url=project.url.clone() text=format!("Visit the {} site", project.name) />
                </dd>
            </div>
        </dl>
        <CommentText text=project.description />
        <PostLinks heading="Posts about this project" posts=project.posts />
        <p class="govuk-body"><a class="govuk-link" href=register>"Back to the project register"</a></p>
    }
}
