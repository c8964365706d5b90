use leptos::prelude::*;

use super::{ExternalLink, PhaseTag};
use crate::model::Project;
use crate::routes::Route;
use crate::state::use_base_path;

/// A project in the register: its page, summary, theme, phase, team and its own site.
#[component]
pub fn ProjectCard(project: Project) -> impl IntoView {
    let base = use_base_path();
    let page = base.href(&Route::Project { slug: project.slug.clone() });
    let theme = base.href(&Route::Theme { slug: project.theme.slug.clone(), page: 1 });
    view! {
        <li class="app-project-card">
            <h2 class="govuk-heading-m app-project-card__title">
                <a class="govuk-link" href=page>{project.name.clone()}</a>
            </h2>
            <p class="govuk-body">{project.summary}</p>
            <dl class="app-project-card__facts">
                <div class="app-project-card__fact">
                    <dt>"Theme"</dt>
                    <dd><a class="govuk-link" href=theme>{project.theme.name}</a></dd>
                </div>
                <div class="app-project-card__fact">
                    <dt>"Phase"</dt>
                    <dd><PhaseTag phase=project.phase /></dd>
                </div>
                <div class="app-project-card__fact">
                    <dt>"Team"</dt>
                    <dd>{project.team}</dd>
                </div>
            </dl>
            <p class="govuk-body">
                <ExternalLink url=project.url text=format!("Visit the {} site", project.name) />
            </p>
        </li>
    }
}
