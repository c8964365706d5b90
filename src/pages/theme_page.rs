use leptos::prelude::*;

use super::live_refresh::{refresh_when_shown, shown, Draws};
use super::{error_page, NotFoundPage};
use crate::api::{sendable, use_data_source, LoadError};
use crate::components::{FeedLink, Loading, PageHeading, PageMeta, PostList, ProjectCard};
use crate::data_paths::{FeedKey, ListKey};
use crate::model::{ListPage, Project, ThemeInfo};
use crate::routes::{ProjectFilter, Route};
use crate::state::{use_base_path, use_site};
use crate::text::count_noun;

/// One theme: what it means, its projects and its posts.
#[component]
pub fn ThemePage(slug: String, page: u32) -> impl IntoView {
    let site = use_site();
    let Some(theme) = site.theme(&slug).cloned() else {
        return view! { <NotFoundPage /> }.into_any();
    };
    let source = use_data_source();
    let key = ListKey::Theme(slug.clone());
    let list = {
        let (source, key) = (source.clone(), key.clone());
        Resource::new(
            move || (key.clone(), page),
            move |(key, page)| sendable(source.clone().fetch_list(key, page)),
        )
    };
    let fresher = refresh_when_shown("list", Draws::Page, list, move |source, shown| {
        source.refresh_list(key.clone(), page, shown)
    });
    let projects_file = site.files.projects.clone();
    let projects = Resource::new(
        move || projects_file.clone(),
        move |path| sendable(source.clone().fetch_projects(path)),
    );
    let retry = Callback::new(move |_| {
        list.refetch();
        projects.refetch();
    });
    view! {
        <Suspense fallback=|| view! { <Loading /> }>
            {move || {
                let theme = theme.clone();
                Suspend::new(async move {
                    match (list.await, projects.await) {
                        (Err(LoadError::NotFound { .. }), _) => view! { <NotFoundPage /> }.into_any(),
                        (Err(error), _) | (_, Err(error)) => error_page(error, retry),
                        (Ok(list), Ok(projects)) => {
                            let projects: Vec<Project> = projects.into_iter().filter(|p| p.theme.slug == theme.slug).collect();
                            (move || {
                                let (theme, projects) = (theme.clone(), projects.clone());
                                view! { <Theme theme list=shown(fresher, &list) projects /> }
                            })
                            .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn Theme(theme: ThemeInfo, list: ListPage, projects: Vec<Project>) -> impl IntoView {
    let base = use_base_path();
    let route = Route::Theme { slug: theme.slug.clone(), page: list.page };
    let register =
        base.href(&Route::Projects(ProjectFilter { theme: Some(theme.slug.clone()), phase: None }));
    let title = if list.page > 1 {
        format!("{} (page {})", theme.name, list.page)
    } else {
        theme.name.clone()
    };
    let project_count = count_noun(projects.len(), "project", "projects");
    view! {
        <PageMeta title description=format!("{}: {}", theme.name, theme.meaning) />
        <span class="govuk-caption-xl">"Theme"</span>
        <PageHeading text=theme.name.clone() />
        <p class="govuk-body-l app-theme__meaning">{theme.meaning}</p>
        {(!theme.description.is_empty()).then(|| view! { <p class="govuk-body">{theme.description}</p> })}
        <h2 class="govuk-heading-l">{format!("Projects ({})", projects.len())}</h2>
        <ul class="app-project-list">
            {projects.into_iter().map(|project| view! { <ProjectCard project /> }).collect_view()}
        </ul>
        <p class="govuk-body">
            <a class="govuk-link" href=register>{format!("See these {project_count} in the project register")}</a>
        </p>
        <h2 class="govuk-heading-l">"Posts"</h2>
        <FeedLink feed=FeedKey::Theme(theme.slug.clone()) label="this theme" />
        <PostList list route />
    }
}
