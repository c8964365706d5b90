use leptos::prelude::*;

use crate::api::use_data_source;
use crate::comment_draft::{
    CommentDraft, Field, FieldError, Outbox, SendOutcome, SentComment, SentState,
};
use crate::platform::comment_outbox::{load_draft, load_outbox, save_draft, save_outbox};
use crate::state::{use_base_path, use_offline_status, use_outbox_sending};
use crate::text::paragraphs;

mod fields;
mod notices;

use fields::field_group;
use notices::{error_summary, notice_view, Notice, SUMMARY_ID};

/// How long a comment held for moderation is remembered if it never appears.
const HELD_FOR_DAYS: i64 = 30;

/// The comment form for a post on a WordPress site: GOV.UK's error summary and inline
/// errors; the reader's text kept in the browser until it is sent (a reload or a refusal
/// loses nothing); comments written offline wait in an outbox and go when the connection
/// returns; a comment WordPress holds for moderation is shown to its writer, across
/// reloads, until the thread shows it.
#[component]
pub fn CommentForm(
    slug: String,
    /// The ids of the comments the thread shows, once it has loaded.
    #[prop(into)]
    shown_ids: Signal<Option<Vec<u64>>>,
) -> impl IntoView {
    let base = use_base_path().as_str().to_owned();
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let notice = RwSignal::new(None::<Notice>);
    let sending = RwSignal::new(false);
    let outbox = RwSignal::new(Outbox::default());
    let restored = RwSignal::new(false);
    let draft = move || CommentDraft { name: name.get(), email: email.get(), body: body.get() };
    // After an answer arrives the reader may have left the post and this form be gone: from
    // then on only `try_` calls on its signals, and the outbox and drafts go through storage.
    let put_in_form = move |draft: CommentDraft| {
        name.try_set(draft.name);
        email.try_set(draft.email);
        body.try_set(draft.body);
    };
    let change_outbox = {
        let base = base.clone();
        move |change: &dyn Fn(&mut Outbox)| {
            let mut kept = load_outbox(&base);
            change(&mut kept);
            save_outbox(&base, &kept);
            outbox.try_set(kept);
        }
    };

    // In the browser only (effects never run on the host): what was typed and sent before.
    Effect::new({
        let (base, slug, change_outbox) = (base.clone(), slug.clone(), change_outbox.clone());
        move |_| {
            put_in_form(load_draft(&base, &slug));
            change_outbox(&|o| o.forget_held_before(crate::platform::now(), HELD_FOR_DAYS));
            restored.set(true);
        }
    });
    Effect::new({
        let (base, slug) = (base.clone(), slug.clone());
        move |_| {
            let draft = draft();
            if restored.get() {
                save_draft(&base, &slug, &draft);
            }
        }
    });
    // A held comment the thread now shows has been approved: it leaves the outbox.
    Effect::new({
        let (slug, change_outbox) = (slug.clone(), change_outbox.clone());
        move |_| {
            if let (true, Some(ids)) = (restored.get(), shown_ids.get()) {
                change_outbox(&|o| o.forget_published(&slug, &ids));
            }
        }
    });

    // Sends what waits in the outbox (for any post): on arrival, and whenever the
    // connection returns. One flush at a time in the page, whichever form starts it.
    let source = use_data_source();
    let flush = {
        let (base, slug, change_outbox) = (base.clone(), slug.clone(), change_outbox.clone());
        let (source, outbox) = (source.clone(), use_outbox_sending());
        move || {
            let waiting: Vec<SentComment> = load_outbox(&base)
                .comments
                .into_iter()
                .filter(|c| c.state == SentState::Waiting)
                .collect();
            if waiting.is_empty() || !outbox.start() {
                return;
            }
            let (base, slug, change_outbox) = (base.clone(), slug.clone(), change_outbox.clone());
            let (source, outbox) = (source.clone(), outbox.clone());
            leptos::task::spawn_local(async move {
                for comment in waiting {
                    let outcome = source
                        .clone()
                        .send_comment(
                            comment.post_slug.clone(),
                            comment.parent,
                            comment.draft.clone(),
                        )
                        .await;
                    let same = |c: &SentComment| *c == comment;
                    match outcome {
                        SendOutcome::Unreachable | SendOutcome::TryLater { .. } => break,
                        SendOutcome::Held { id } => change_outbox(&|o| {
                            if let Some(c) = o.comments.iter_mut().find(|c| same(c)) {
                                c.state = SentState::Held { id };
                            }
                        }),
                        SendOutcome::Published { .. } => {
                            change_outbox(&|o| o.comments.retain(|c| !same(c)))
                        }
                        SendOutcome::Refused { message, .. } => {
                            change_outbox(&|o| o.comments.retain(|c| !same(c)));
                            // Its text goes back to its post's form, unless something newer
                            // is being written there.
                            let post = &comment.post_slug;
                            if load_draft(&base, post).body.trim().is_empty() {
                                save_draft(&base, post, &comment.draft);
                                if *post == slug {
                                    put_in_form(comment.draft.clone());
                                }
                            }
                            notice.try_set(Some(Notice::Refused(format!(
                                "A comment you wrote offline on “{}” was not accepted, and is \
                                 back in that post's form. {message}",
                                comment.post_slug
                            ))));
                        }
                    }
                }
                outbox.finish();
            });
        }
    };
    let online = use_offline_status().map(|status| status.online);
    Effect::new(move |_| {
        let is_online = online.map(|o| o.get()).unwrap_or(true);
        if restored.get() && is_online {
            flush();
        }
    });

    let submit = {
        let (base, slug) = (base.clone(), slug.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if sending.get_untracked() {
                return;
            }
            let draft = draft();
            let problems = draft.check();
            notice.set(None);
            if !problems.is_empty() {
                errors.set(problems);
                crate::platform::after_next_paint(|| crate::platform::focus_element(SUMMARY_ID));
                return;
            }
            errors.set(Vec::new());
            let waiting = SentComment {
                post_slug: slug.clone(),
                parent: None,
                draft: draft.clone(),
                written: crate::platform::now(),
                state: SentState::Waiting,
            };
            // Sent or queued: the form empties, here and in storage.
            let done = {
                let (base, slug) = (base.clone(), slug.clone());
                move |message: Notice| {
                    save_draft(&base, &slug, &CommentDraft::default());
                    put_in_form(CommentDraft::default());
                    notice.try_set(Some(message));
                }
            };
            if !crate::platform::offline::is_online() {
                let queued = waiting.clone();
                change_outbox(&|o| o.comments.push(queued.clone()));
                done(Notice::Waiting(
                    "You are offline. Your comment is saved on this device and will be sent \
                     when you are back online."
                        .into(),
                ));
                return;
            }
            sending.set(true);
            let (slug, change_outbox) = (slug.clone(), change_outbox.clone());
            let source = source.clone();
            leptos::task::spawn_local(async move {
                let outcome = source.send_comment(slug, None, draft).await;
                sending.try_set(false);
                match outcome {
                    SendOutcome::Held { id } => {
                        let held = SentComment { state: SentState::Held { id }, ..waiting };
                        change_outbox(&|o| o.comments.push(held.clone()));
                        done(Notice::Sent(
                            "Thank you. Your comment has been sent and is awaiting moderation: \
                             it will appear here once a moderator approves it."
                                .into(),
                        ));
                    }
                    SendOutcome::Published { .. } => {
                        done(Notice::Sent("Thank you. Your comment has been published.".into()));
                    }
                    SendOutcome::Refused { message, field: Some(field) } => {
                        errors.try_set(vec![FieldError { field, message }]);
                        crate::platform::after_next_paint(|| {
                            crate::platform::focus_element(SUMMARY_ID)
                        });
                    }
                    SendOutcome::Refused { message, field: None }
                    | SendOutcome::TryLater { message } => {
                        notice.try_set(Some(Notice::Refused(message)));
                    }
                    SendOutcome::Unreachable => {
                        change_outbox(&|o| o.comments.push(waiting.clone()));
                        done(Notice::Waiting(
                            "The blog could not be reached. Your comment is saved on this device \
                             and will be sent when the connection returns."
                                .into(),
                        ));
                    }
                }
            });
        }
    };

    let value_of = move |field: Field| match field {
        Field::Name => name,
        Field::Email => email,
        Field::Body => body,
    };
    let group = move |field: Field, label: &'static str, hint: Option<&'static str>| {
        field_group(field, label, hint, value_of(field), errors)
    };

    let mine = move || outbox.with(|o| o.for_post(&slug).cloned().collect::<Vec<_>>());
    // `data-app-on-use`: for a reader saving data, the app loads when they first use the form
    // (start_gate.js), and what they type meanwhile is given back to it.
    view! {
        <section class="app-comment-form" aria-labelledby="comment-form-heading" data-app-on-use="">
            <h2 class="govuk-heading-m" id="comment-form-heading">"Add a comment"</h2>
            {move || (!errors.with(Vec::is_empty)).then(|| error_summary(errors.get()))}
            {move || notice.get().map(notice_view)}
            // POST: the app sends it (on:submit), but a pre-rendered page (a site published
            // from WordPress) read without JavaScript would otherwise submit a GET, putting
            // the reader's email address and comment in an address, and so in logs.
            <form class="app-comment-form__form" method="post" novalidate on:submit=submit>
                {group(Field::Name, "Name", Some("Published with your comment"))}
                {group(Field::Email, "Email address", Some("Not published; the blog's team may use it to reply to you"))}
                {group(Field::Body, "Comment", Some("Comments are moderated before they appear"))}
                // Not disabled while sending (that would drop keyboard focus): a second press
                // is ignored instead.
                <button class="govuk-button" type="submit">
                    {move || if sending.get() { "Sending comment" } else { "Send comment" }}
                </button>
            </form>
            {move || {
                let mine = mine();
                (!mine.is_empty()).then(|| view! {
                    <h3 class="govuk-heading-s">"Your comments on this post"</h3>
                    <ul class="govuk-list app-comment-form__mine">
                        {mine.into_iter().map(|comment| {
                            let state = match comment.state {
                                SentState::Waiting => "Waiting to be sent",
                                SentState::Held { .. } => "Awaiting moderation",
                            };
                            view! {
                                <li class="app-comment-form__sent">
                                    <strong class="govuk-tag govuk-tag--yellow">{state}</strong>
                                    " "{comment.draft.name.clone()}", "{comment.written.human_date()}
                                    {paragraphs(&comment.draft.body).into_iter().map(|p| view! { <p class="govuk-body">{p}</p> }).collect_view()}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })
            }}
        </section>
    }
}
