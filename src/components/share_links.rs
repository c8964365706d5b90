use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::platform;
use crate::share::share_links;

/// "Share this page": plain links to X, Facebook, LinkedIn and email, a Copy link button, and
/// the system share sheet where the browser has one. Nothing loads from another site.
#[component]
pub fn ShareLinks(#[prop(into)] title: String, #[prop(into)] url: String) -> impl IntoView {
    let links = share_links(&title, &url);
    let status = RwSignal::new(String::new());
    // Only known after the page is in a browser; the pre-rendered page has no such button.
    let can_share = RwSignal::new(false);
    // Buttons that need the app appear once it runs; the pre-rendered page has links only.
    let enhanced = RwSignal::new(false);
    Effect::new(move |_| {
        can_share.set(platform::can_share());
        enhanced.set(true);
    });

    let copy = {
        let url = url.clone();
        move |_| {
            let url = url.clone();
            spawn_local(async move {
                status.set(match platform::copy_to_clipboard(&url).await {
                    Ok(()) => "Link copied".to_owned(),
                    Err(_) => format!("Could not copy the link. The address is {url}"),
                });
            });
        }
    };
    let share = move |_| {
        let (title, url) = (title.clone(), url.clone());
        spawn_local(async move {
            if let Err(err) = platform::share(&title, &url).await {
                status.set(format!("Could not open sharing ({err})."));
            }
        });
    };

    view! {
        <section class="app-share" aria-labelledby="share-heading">
            <h2 class="govuk-heading-m" id="share-heading">"Share this page"</h2>
            <ul class="app-share__list">
                {links
                    .into_iter()
                    .map(|link| view! {
                        <li class="app-share__item">
                            <a class="govuk-link app-share__link" href=link.href>
                                {link.service}<span class="govuk-visually-hidden">" (share this page)"</span>
                            </a>
                        </li>
                    })
                    .collect_view()}
            </ul>
            <div class="app-share__actions">
                <Show when=move || enhanced.get()>
                    <button type="button" class="govuk-button govuk-button--secondary app-share__button" on:click=copy.clone()>
                        "Copy link"
                    </button>
                </Show>
                <Show when=move || can_share.get()>
                    <button type="button" class="govuk-button govuk-button--secondary app-share__button" on:click=share.clone()>
                        "Share…"
                    </button>
                </Show>
            </div>
            <p class="govuk-body-s app-share__status" role="status">{move || status.get()}</p>
        </section>
    }
}
