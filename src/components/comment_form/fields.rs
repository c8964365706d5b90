//! One field of the comment form, with GOV.UK's label, hint and inline error.

use leptos::prelude::*;

use crate::comment_draft::{Field, FieldError};

/// The form group for `field`, bound to `value`, showing its error from `errors` if any.
pub fn field_group(
    field: Field,
    label: &'static str,
    hint: Option<&'static str>,
    value: RwSignal<String>,
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let error_for = move |field: Field| {
        errors.with(|errors| errors.iter().find(|e| e.field == field).map(|e| e.message.clone()))
    };
    let id = field.id();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = move || {
        let mut ids = Vec::new();
        if hint.is_some() {
            ids.push(hint_id.clone());
        }
        if error_for(field).is_some() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let input = match field {
        Field::Body => view! {
            <textarea
                class="govuk-textarea"
                class:govuk-textarea--error=move || error_for(field).is_some()
                id=id
                name=id
                rows="6"
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
        }
        .into_any(),
        _ => view! {
            <input
                class="govuk-input"
                class:govuk-input--error=move || error_for(field).is_some()
                id=id
                name=id
                type=if field == Field::Email { "email" } else { "text" }
                autocomplete=if field == Field::Email { "email" } else { "name" }
                spellcheck="false"
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        }
        .into_any(),
    };
    view! {
        <div class="govuk-form-group" class:govuk-form-group--error=move || error_for(field).is_some()>
            <label class="govuk-label" for=id>{label}</label>
            {hint.map(|hint| view! { <div class="govuk-hint" id=format!("{id}-hint")>{hint}</div> })}
            {move || error_for(field).map(|message| view! {
                <p class="govuk-error-message" id=format!("{id}-error")>
                    <span class="govuk-visually-hidden">"Error: "</span>{message}
                </p>
            })}
            {input}
        </div>
    }
}
