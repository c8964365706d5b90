use leptos::prelude::*;

use crate::components::{PageHeading, PageMeta};
use crate::model::SiteFile;
use crate::routes::Route;
use crate::state::{use_base_path, use_site};
use crate::text::count_noun;

/// The strategy's themes, each with its meaning and what it covers.
#[component]
pub fn ThemesPage() -> impl IntoView {
    view! { <Themes site=(*use_site()).clone() /> }
}

#[component]
fn Themes(site: SiteFile) -> impl IntoView {
    let base = use_base_path();
    let count = site.themes.len();
    let themes = site.themes.into_iter().map(|theme| {
        let href = base.href(&Route::Theme { slug: theme.slug.clone(), page: 1 });
        let counts = format!(
            "{} and {}",
            count_noun(theme.post_count as usize, "post", "posts"),
            count_noun(theme.project_count as usize, "project", "projects")
        );
        view! {
            <li class="app-theme-card">
                <h2 class="govuk-heading-m"><a class="govuk-link" href=href>{theme.name}</a></h2>
                <p class="govuk-body-l app-theme-card__meaning">{theme.meaning}</p>
                <p class="govuk-body-s app-theme-card__counts">{counts}</p>
            </li>
        }
    });
    view! {
        <PageMeta title="Our themes" description="The themes of our digital strategy and what each means." />
        <PageHeading text="Our themes" />
        <p class="govuk-body-l">{format!("Our digital strategy has {count} themes. Each links the posts and projects that put it into practice.")}</p>
        <ol class="app-theme-list">{themes.collect_view()}</ol>
    }
}
