use leptos::prelude::*;

use crate::model::Phase;

/// A project's phase as a GOV.UK tag, one colour a phase.
#[component]
pub fn PhaseTag(phase: Phase) -> impl IntoView {
    let colour = match phase {
        Phase::Discovery => "govuk-tag--grey",
        Phase::Alpha => "govuk-tag--purple",
        Phase::Beta => "govuk-tag--blue",
        Phase::Live => "govuk-tag--green",
    };
    view! { <strong class=format!("govuk-tag {colour} app-phase-tag")>{phase.to_string()}</strong> }
}
