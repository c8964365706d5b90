//! What the comment form says besides its fields: GOV.UK's error summary, and the notice after
//! a comment was sent, held back or refused.

use leptos::prelude::*;

use crate::comment_draft::FieldError;

/// What the form last had to say, besides errors in its fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Sent(String),
    Waiting(String),
    Refused(String),
}

pub const SUMMARY_ID: &str = "comment-error-summary";

/// Every error in the form, each linking to its field (focus moves there without scrolling
/// the label out of view).
pub fn error_summary(errors: Vec<FieldError>) -> impl IntoView {
    view! {
        <div class="govuk-error-summary" id=SUMMARY_ID tabindex="-1">
            <div role="alert">
                <h2 class="govuk-error-summary__title">"There is a problem"</h2>
                <div class="govuk-error-summary__body">
                    <ul class="govuk-list govuk-error-summary__list">
                        {errors.into_iter().map(|error| {
                            let id = error.field.id();
                            view! {
                                <li><a href=format!("#{id}") on:click=move |ev| {
                                    ev.prevent_default();
                                    crate::platform::focus_element(id);
                                }>{error.message}</a></li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            </div>
        </div>
    }
}

pub fn notice_view(notice: Notice) -> AnyView {
    match notice {
        Notice::Sent(message) => view! {
            <div class="govuk-notification-banner govuk-notification-banner--success" role="alert">
                <div class="govuk-notification-banner__header">
                    <h3 class="govuk-notification-banner__title">"Success"</h3>
                </div>
                <div class="govuk-notification-banner__content">
                    <p class="govuk-notification-banner__heading">{message}</p>
                </div>
            </div>
        }
        .into_any(),
        Notice::Waiting(message) => view! {
            <div class="govuk-inset-text app-comment-form__notice" role="status">{message}</div>
        }
        .into_any(),
        Notice::Refused(message) => view! {
            <div class="govuk-error-summary" role="alert">
                <h3 class="govuk-error-summary__title">"Your comment was not sent"</h3>
                <div class="govuk-error-summary__body"><p class="govuk-body">{message}</p></div>
            </div>
        }
        .into_any(),
    }
}
