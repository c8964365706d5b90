use super::*;

fn ts(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

#[test]
fn reads_utc_with_and_without_the_zone_suffix() {
    assert_eq!(ts("2014-10-10T09:30:00Z"), ts("2014-10-10T09:30:00"));
    assert_eq!(ts("2014-10-10T09:30:00Z").unix_seconds(), 1_412_933_400);
    assert_eq!(ts("1970-01-01").unix_seconds(), 0);
}

#[test]
fn applies_a_zone_offset() {
    assert_eq!(ts("2014-10-10T10:30:00+01:00"), ts("2014-10-10T09:30:00Z"));
    assert_eq!(ts("2014-10-09T23:00:00-01:00"), ts("2014-10-10T00:00:00Z"));
}

#[test]
fn ignores_fractional_seconds() {
    assert_eq!(ts("2014-10-10T09:30:00.123Z"), ts("2014-10-10T09:30:00Z"));
}

#[test]
fn writes_rfc3339_round_trip() {
    for text in ["2014-10-10T09:30:00Z", "2000-02-29T23:59:59Z", "1969-12-31T00:00:01Z"] {
        assert_eq!(ts(text).to_rfc3339(), text);
    }
}

#[test]
fn rejects_impossible_and_malformed_dates() {
    for bad in [
        "2014-02-30",
        "2013-02-29T00:00:00Z",
        "2014-13-01",
        "10/10/2014",
        "2014-10-10T25:00:00Z",
        "2014-10-10T09:30:00+0100",
        "2014-10-10X09:30",
        "",
        "2014-1O-10",
        "2014-10-10T09",
        "2014-10-10T09:30:00:00Z",
        "2014-10-10T9:30",
    ] {
        assert!(Timestamp::parse(bad).is_err(), "{bad} should be rejected");
    }
}

#[test]
fn error_says_what_was_expected() {
    let message = Timestamp::parse("10/10/2014").unwrap_err().to_string();
    assert!(message.contains("2014-10-10T09:30:00Z"), "{message}");
    assert!(message.contains("\"10/10/2014\""), "{message}");
}

#[test]
fn reads_from_json_strings_with_and_without_escapes() {
    let plain: Timestamp = serde_json::from_str(r#""2014-10-10T09:30:00Z""#).unwrap();
    let escaped: Timestamp = serde_json::from_str(r#""2014-10-10T09:30:00\u005A""#).unwrap();
    assert_eq!(plain, escaped);
    let err = serde_json::from_str::<Timestamp>("20141010").unwrap_err().to_string();
    assert!(err.contains("expected a date and time like"), "{err}");
}

#[test]
fn human_date_is_in_uk_time() {
    assert_eq!(ts("2014-10-10T09:30:00Z").human_date(), "10 October 2014");
    // 23:30 UTC in summer is already the next day in London.
    assert_eq!(ts("2014-06-30T23:30:00Z").human_date(), "1 July 2014");
    // In winter London is on UTC.
    assert_eq!(ts("2014-12-31T23:30:00Z").human_date(), "31 December 2014");
}

#[test]
fn summer_time_starts_and_ends_at_one_in_the_morning_utc() {
    // 2014: BST from 30 March 01:00 UTC to 26 October 01:00 UTC.
    assert_eq!(ts("2014-03-30T00:59:59Z").uk().hour, 0);
    assert_eq!(ts("2014-03-30T01:00:00Z").uk().hour, 2);
    assert_eq!(ts("2014-10-26T00:59:59Z").uk().hour, 1);
    assert_eq!(ts("2014-10-26T01:00:00Z").uk().hour, 1);
}

#[test]
fn decodes_from_json_with_a_readable_error() {
    let ok: Timestamp = serde_json::from_str("\"2014-10-10T09:30:00Z\"").unwrap();
    assert_eq!(ok, ts("2014-10-10T09:30:00Z"));
    let err = serde_json::from_str::<Timestamp>("\"yesterday\"").unwrap_err();
    assert!(err.to_string().contains("expected a date and time"), "{err}");
}
