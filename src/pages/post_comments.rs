use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::live_refresh::{refresh_when_shown, shown, Draws};
use crate::api::{sendable, use_data_source};
use crate::components::{CommentForm, CommentThread, LoadErrorPanel, Loading};
use crate::model::SiteSettings;
use crate::state::{use_base_path, BasePath};

/// A post's comments, loaded apart from the post so a failure leaves the post readable; and
/// whether and how readers can add one.
#[component]
pub fn PostComments(slug: String, open: bool, settings: SiteSettings) -> impl IntoView {
    let comments = {
        let slug = slug.clone();
        let source = use_data_source();
        Resource::new(
            move || slug.clone(),
            move |slug| sendable(source.clone().fetch_comments(slug)),
        )
    };
    let fresher = {
        let slug = slug.clone();
        refresh_when_shown("comments", Draws::Part, comments, move |source, shown| {
            source.refresh_comments(slug.clone(), shown)
        })
    };
    // A WordPress site, or one published from WordPress, takes comments through its form
    // (sent to WordPress); the data files' site says how.
    let takes_comments = crate::api::READS_WORDPRESS && crate::api::needs_wordpress(&settings);
    let form = (open && takes_comments).then(|| {
        let shown_ids = Signal::derive(move || {
            let loaded = comments.get().and_then(Result::ok)?;
            Some(shown(fresher, &loaded).iter().map(|c| c.id).collect())
        });
        // A part of its own, so that a reading page's code hydrates the form where it stands
        // (src/reading/parts.rs): the post it belongs to and where to send it go with it.
        let api = settings.live_wordpress_api().or_else(|| settings.wordpress_api());
        view! {
            <app-part data-part="comment-form" data-slug=slug.clone() data-api=api>
                <CommentForm slug=slug.clone() shown_ids />
            </app-part>
        }
    });
    // A browser never sends the fragment, so the pre-render has none (and Leptos warns when
    // it is read there): only in the browser can an address name a comment.
    let all_at_once = cfg!(target_arch = "wasm32")
        && use_location().hash.get_untracked().starts_with("#comment-");
    let base = use_base_path();
    let policy = settings.comment_policy.and_then(|href| policy_href(&href, &base));
    let how_to_respond = if form.is_some() {
        String::new()
    } else if open {
        match settings.contact_email {
            Some(email) => format!(
                "Comments on this post are open. To add one, email {email} with the post's title; \
                 comments are moderated before they appear."
            ),
            None => {
                "Comments on this post are open; they are moderated before they appear.".to_owned()
            }
        }
    } else {
        "Comments are closed for this post.".to_owned()
    };
    view! {
        <section class="app-comments" id="comments" aria-labelledby="comments-heading">
            <Suspense fallback=|| view! { <h2 class="govuk-heading-l" id="comments-heading">"Comments"</h2><Loading /> }>
                {move || Suspend::new(async move {
                    match comments.await {
                        Ok(comments) => (move || {
                            view! { <CommentThread comments=shown(fresher, &comments) all_at_once /> }
                        })
                        .into_any(),
                        Err(error) => view! {
                            <h2 class="govuk-heading-l" id="comments-heading">"Comments"</h2>
                            <LoadErrorPanel error retry=move |_| comments.refetch() />
                        }
                        .into_any(),
                    }
                })}
            </Suspense>
            {form}
            {(!how_to_respond.is_empty()).then(|| view! {
                <p class="govuk-body app-comments__state">{how_to_respond}</p>
            })}
            {policy.map(|href| view! {
                <p class="govuk-body">
                    <a class="govuk-link" href=href>"Read our comment policy"</a>
                </p>
            })}
        </section>
    }
}

/// The comment policy's address: a path on this site, or a web address. Anything else in the
/// settings is ignored rather than put in a link.
fn policy_href(href: &str, base: &BasePath) -> Option<String> {
    let lower = href.trim().to_ascii_lowercase();
    if href.starts_with('/') && !href.starts_with("//") {
        Some(base.path(href))
    } else if lower.starts_with("https://") || lower.starts_with("http://") {
        Some(href.trim().to_owned())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_link_is_a_site_path_or_a_web_address() {
        let base = BasePath::new("/blog/");
        assert_eq!(
            policy_href("/comment-policy/", &base).as_deref(),
            Some("/blog/comment-policy/")
        );
        assert_eq!(
            policy_href("https://www.gov.uk/x", &base).as_deref(),
            Some("https://www.gov.uk/x")
        );
        assert_eq!(policy_href("javascript:alert(1)", &base), None);
        assert_eq!(policy_href("//evil.example/", &base), None);
    }
}
