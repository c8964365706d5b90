use leptos::prelude::*;

use super::Section;
use crate::state::use_current_route;

/// The id of the list of section links, which the Menu button controls.
pub const SECTIONS_MENU_ID: &str = "app-sections";

/// One link of the header's navigation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionLink {
    /// The part of the site the link leads to.
    pub section: Section,
    /// The link's text.
    pub label: &'static str,
    /// Where it leads, under the base path.
    pub href: String,
}

/// The header's section links in GOV.UK's service navigation, with its "Menu" button: below
/// the tablet breakpoint (641 px) the links fold away behind the button once the app runs,
/// so that on a phone they no longer push every page's content down. Without JavaScript the
/// button stays hidden and the links are shown.
#[component]
pub fn SectionsMenu(
    /// The links, in order.
    links: Vec<SectionLink>,
    /// The part of the site the current page belongs to, marked as the current item.
    #[prop(into)]
    current: Signal<Section>,
) -> impl IntoView {
    // False while rendering, on the host and while hydrating alike, so the pre-rendered page
    // and the hydrated one are the same markup; only the app's first effect reveals the button.
    let running = RwSignal::new(false);
    let open = RwSignal::new(false);
    Effect::new(move |_| running.set(true));
    // A link followed from the open menu leads to a new page, which starts with it closed.
    if let Some(route) = use_current_route() {
        Effect::watch(move || route.track(), move |_, _, _| open.set(false), false);
    }
    // Which width folds the links away is the stylesheet's business (style/components/_header.scss),
    // so nothing here asks the browser for its size, and resizing needs no listener.
    let folded = move || running.get() && !open.get();
    view! {
        <nav aria-label="Sections" class="govuk-service-navigation__wrapper">
            <button
                type="button"
                class="govuk-service-navigation__toggle app-header__menu-toggle"
                aria-controls=SECTIONS_MENU_ID
                aria-expanded=move || if open.get() { "true" } else { "false" }
                hidden=move || !running.get()
                // As GOV.UK's markup does: VoiceOver lists a hidden button among the form
                // controls otherwise.
                aria-hidden=move || (!running.get()).then_some("true")
                on:click=move |_| open.update(|open| *open = !*open)
            >
                "Menu"
            </button>
            <ul
                id=SECTIONS_MENU_ID
                class="govuk-service-navigation__list"
                class:app-header__list--folded=folded
            >
                {links
                    .into_iter()
                    .map(|SectionLink { section, label, href }| {
                        let is_current = move || current.get() == section;
                        view! {
                            <li
                                class="govuk-service-navigation__item"
                                class:govuk-service-navigation__item--active=is_current
                            >
                                <a
                                    class="govuk-service-navigation__link"
                                    href=href
                                    aria-current=move || is_current().then_some("true")
                                >
                                    {label}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
