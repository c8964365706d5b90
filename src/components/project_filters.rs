use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::model::{Phase, ThemeInfo};
use crate::routes::{is_slug, ProjectFilter, Route};
use crate::state::{navigate_within_site, use_base_path};

/// Filters for the project register. A plain GET form, so the filters live in the address and
/// work without the app; with it, submitting navigates in place to the canonical address.
#[component]
pub fn ProjectFilters(themes: Vec<ThemeInfo>, filter: ProjectFilter) -> impl IntoView {
    let base = use_base_path();
    let navigate = use_navigate();
    let action = base.href(&Route::Projects(ProjectFilter::default()));
    let filtered = filter != ProjectFilter::default();
    let theme = RwSignal::new(filter.theme.clone().unwrap_or_default());
    let phase = RwSignal::new(filter.phase.map(Phase::slug).unwrap_or_default().to_owned());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = ProjectFilter {
            theme: Some(theme.get_untracked()).filter(|t| is_slug(t)),
            phase: Phase::from_slug(&phase.get_untracked()),
        };
        navigate(&base.href(&Route::Projects(chosen)), navigate_within_site());
    };
    let clear = action.clone();
    view! {
        <form class="app-project-filters" method="get" action=action on:submit=submit>
            <div class="app-project-filters__fields">
                <FilterSelect
                    id="filter-theme"
                    name="theme"
                    label="Theme"
                    all="All themes"
                    options=themes.into_iter().map(|t| (t.slug, t.name)).collect()
                    value=theme
                />
                <FilterSelect
                    id="filter-phase"
                    name="phase"
                    label="Phase"
                    all="All phases"
                    options=Phase::ALL.into_iter().map(|p| (p.slug().to_owned(), p.to_string())).collect()
                    value=phase
                />
            </div>
            <div class="govuk-button-group">
                <button type="submit" class="govuk-button">"Apply filters"</button>
                {filtered.then(|| view! { <a class="govuk-link" href=clear>"Clear filters"</a> })}
            </div>
        </form>
    }
}

/// A labelled select with an "all" choice first, kept in `value`.
#[component]
fn FilterSelect(
    id: &'static str,
    name: &'static str,
    label: &'static str,
    all: &'static str,
    /// Value and label of each choice.
    options: Vec<(String, String)>,
    value: RwSignal<String>,
) -> impl IntoView {
    let selected = value.get_untracked();
    view! {
        <div class="govuk-form-group app-project-filters__field">
            <label class="govuk-label" for=id>{label}</label>
            <select class="govuk-select" id=id name=name on:change=move |ev| value.set(event_target_value(&ev))>
                <option value="" selected=selected.is_empty()>{all}</option>
                {options
                    .into_iter()
                    .map(|(option, text)| {
                        let chosen = option == selected;
                        view! { <option value=option selected=chosen>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
