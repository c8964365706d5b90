use leptos::prelude::*;

use super::error_page;
use crate::api::{sendable, use_data_source};
use crate::components::{Loading, PageHeading, PageMeta, ProjectCard, ProjectFilters};
use crate::model::{Project, SiteFile};
use crate::routes::ProjectFilter;
use crate::state::use_site;

/// The project register: every project, filtered by theme and phase from the address.
#[component]
pub fn ProjectsPage(filter: ProjectFilter) -> impl IntoView {
    let site = use_site();
    let path = site.files.projects.clone();
    let source = use_data_source();
    let projects = Resource::new(
        move || path.clone(),
        move |path| sendable(source.clone().fetch_projects(path)),
    );
    view! {
        <Suspense fallback=|| view! { <Loading /> }>
            {move || {
                let (filter, site) = (filter.clone(), site.clone());
                Suspend::new(async move {
                    match projects.await {
                        Ok(projects) => view! { <Register site=(*site).clone() projects filter /> }.into_any(),
                        Err(error) => error_page(error, Callback::new(move |_| projects.refetch())),
                    }
                })
            }}
        </Suspense>
    }
}

/// The projects that pass the filter, in register order.
pub fn filter_projects(projects: Vec<Project>, filter: &ProjectFilter) -> Vec<Project> {
    projects
        .into_iter()
        .filter(|p| filter.theme.as_ref().is_none_or(|t| &p.theme.slug == t))
        .filter(|p| filter.phase.is_none_or(|phase| p.phase == phase))
        .collect()
}

#[component]
fn Register(site: SiteFile, projects: Vec<Project>, filter: ProjectFilter) -> impl IntoView {
    let total = projects.len();
    let shown = filter_projects(projects, &filter);
    let theme_name = filter.theme.as_ref().and_then(|t| site.theme(t)).map(|t| t.name.clone());
    let mut described = Vec::new();
    if let Some(name) = &theme_name {
        described.push(format!("theme {name}"));
    }
    if let Some(phase) = filter.phase {
        described.push(format!("phase {phase}"));
    }
    let count = if described.is_empty() {
        format!("{total} projects")
    } else {
        format!("{} of {total} projects, {}", shown.len(), described.join(", "))
    };
    let none = shown.is_empty();
    view! {
        <PageMeta title="Project register" description=format!("The {total} projects in our programme of work: theme, phase, team and site.") />
        <PageHeading text="Project register" />
        <p class="govuk-body-l">"Every project in our programme of work, with its theme, phase, owning team and its own site."</p>
        <ProjectFilters themes=site.themes filter />
        <p class="govuk-body app-project-register__count" role="status">{format!("Showing {count}")}</p>
        {none.then(|| view! { <p class="govuk-body">"No project matches these filters."</p> })}
        <ul class="app-project-list">
            {shown.into_iter().map(|project| view! { <ProjectCard project /> }).collect_view()}
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Phase, Term};

    fn project(slug: &str, theme: &str, phase: Phase) -> Project {
        Project {
            slug: slug.into(),
            name: slug.into(),
            summary: String::new(),
            theme: Term { slug: theme.into(), name: theme.into() },
            phase,
            team: String::new(),
            url: String::new(),
            description: String::new(),
            posts: Vec::new(),
        }
    }

    #[test]
    fn filters_by_theme_and_phase_together() {
        let projects = vec![
            project("a", "openness", Phase::Beta),
            project("b", "openness", Phase::Live),
            project("c", "evidence", Phase::Beta),
        ];
        let slugs = |filter: ProjectFilter| -> Vec<String> {
            filter_projects(projects.clone(), &filter).into_iter().map(|p| p.slug).collect()
        };
        assert_eq!(slugs(ProjectFilter::default()), ["a", "b", "c"]);
        assert_eq!(
            slugs(ProjectFilter { theme: Some("openness".into()), phase: None }),
            ["a", "b"]
        );
        assert_eq!(slugs(ProjectFilter { theme: None, phase: Some(Phase::Beta) }), ["a", "c"]);
        assert_eq!(
            slugs(ProjectFilter { theme: Some("openness".into()), phase: Some(Phase::Beta) }),
            ["a"]
        );
        assert!(slugs(ProjectFilter { theme: Some("nothing".into()), phase: None }).is_empty());
    }
}
