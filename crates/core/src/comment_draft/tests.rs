use super::*;

fn draft(name: &str, email: &str, body: &str) -> CommentDraft {
    CommentDraft { name: name.into(), email: email.into(), body: body.into() }
}

#[test]
fn an_empty_form_has_three_errors_in_field_order() {
    let errors = draft(" ", "", "\n").check();
    let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
    assert_eq!(fields, vec![Field::Name, Field::Email, Field::Body]);
    assert_eq!(errors[0].message, "Enter your name");
    assert_eq!(errors[1].message, "Enter your email address");
    assert_eq!(errors[2].message, "Enter your comment");
}

#[test]
fn email_addresses_are_checked_for_their_shape() {
    for bad in [
        "sam",
        "sam@",
        "@example.org",
        "sam@example",
        "sam@@example.org",
        "s m@example.org",
        "sam@example.",
    ] {
        let errors = draft("Sam", bad, "Hi").check();
        assert_eq!(errors.len(), 1, "{bad}");
        assert!(errors[0].message.starts_with("Enter an email address in the correct format"));
    }
    assert!(draft("Sam", " sam@example.org ", "Hi").check().is_empty());
}

#[test]
fn a_comment_too_long_for_wordpress_is_stopped() {
    let errors = draft("Sam", "sam@example.org", &"x".repeat(MAX_COMMENT_BYTES + 1)).check();
    assert_eq!(errors[0].field, Field::Body);
}

#[test]
fn the_request_is_wordpress_json_with_trimmed_fields() {
    let body = draft(" Sam ", "sam@example.org", " Hello \"there\"\n").request_body(15, None);
    let value: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(value["post"], 15);
    assert_eq!(value["parent"], 0);
    assert_eq!(value["author_name"], "Sam");
    assert_eq!(value["content"], "Hello \"there\"");
}

#[test]
fn wordpress_answers_become_outcomes() {
    assert_eq!(send_outcome(201, r#"{"id":9,"status":"hold"}"#), SendOutcome::Held { id: 9 });
    assert_eq!(
        send_outcome(201, r#"{"id":9,"status":"approved"}"#),
        SendOutcome::Published { id: 9 }
    );
    let email = send_outcome(
        400,
        r#"{"code":"rest_invalid_param","data":{"params":{"author_email":"Invalid"}}}"#,
    );
    assert!(matches!(email, SendOutcome::Refused { field: Some(Field::Email), .. }));
    for (status, code, words) in [
        (400, "rest_invalid_param", "could not take your comment"),
        (401, "rest_comment_login_required", "signed in"),
        (403, "rest_comment_closed", "closed"),
        (409, "comment_duplicate", "already sent this comment"),
    ] {
        let outcome = send_outcome(status, &format!(r#"{{"code":"{code}"}}"#));
        let SendOutcome::Refused { message, .. } = outcome else { panic!("{status}") };
        assert!(message.contains(words), "{status}: {message}");
    }
    // Passing problems: a waiting comment stays waiting.
    for (status, words) in [(429, "too quickly"), (500, "had a problem"), (502, "had a problem")] {
        let SendOutcome::TryLater { message } = send_outcome(status, "{}") else {
            panic!("{status}")
        };
        assert!(message.contains(words), "{status}: {message}");
    }
    assert!(matches!(send_outcome(503, "<html>down</html>"), SendOutcome::TryLater { .. }));
}

#[test]
fn the_outbox_survives_a_round_trip_and_forgets_published_comments() {
    let written = Timestamp::parse("2026-11-26T08:00:00Z").unwrap();
    let sent = |slug: &str, state| SentComment {
        post_slug: slug.into(),
        parent: None,
        draft: draft("Sam", "sam@example.org", "Hi"),
        written,
        state,
    };
    let mut outbox = Outbox {
        comments: vec![
            sent("a", SentState::Held { id: 9 }),
            sent("a", SentState::Waiting),
            sent("b", SentState::Held { id: 10 }),
        ],
    };
    let again = Outbox::from_json(Some(&outbox.to_json()));
    assert_eq!(again, outbox);
    outbox.forget_published("a", &[9, 10]);
    assert_eq!(outbox.comments.len(), 2);
    assert_eq!(outbox.for_post("a").count(), 1);
    assert_eq!(Outbox::from_json(Some("not json")), Outbox::default());
    // A month on, a held comment that never appeared is forgotten; waiting ones stay.
    let later = Timestamp::from_unix_seconds(written.unix_seconds() + 31 * 24 * 3600);
    outbox.forget_held_before(later, 30);
    assert_eq!(
        outbox.comments.iter().map(|c| c.state).collect::<Vec<_>>(),
        vec![SentState::Waiting]
    );
    assert_eq!(Outbox::from_json(None), Outbox::default());
}
