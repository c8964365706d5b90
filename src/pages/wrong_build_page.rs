use leptos::prelude::*;

use crate::components::{PageHeading, PageMeta};

/// Every page of a site that reads from WordPress, served by a build of the app that leaves
/// WordPress out (the `wordpress` feature, Cargo.toml): it says so, rather than show pages
/// from data files such a site does not have. The publish step refuses to publish that pair,
/// so a reader meets this only where a site was put together by hand.
#[component]
pub fn WrongBuildPage() -> impl IntoView {
    view! {
        <PageMeta title="Sorry, there is a problem with this site" description="" />
        <PageHeading text="Sorry, there is a problem with this site" />
        <p class="govuk-body">
            "This blog reads its posts from WordPress, but this copy of its reader was built "
            "without WordPress, so it cannot show them."
        </p>
        <p class="govuk-body">
            "For whoever runs the site: build it with TRUNK_BUILD_FEATURES=wordpress "
            "(docs/deployment.md)."
        </p>
    }
}
