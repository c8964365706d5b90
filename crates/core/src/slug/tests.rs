use proptest::prelude::*;

use super::*;

#[test]
fn makes_slugs_from_names_in_any_script() {
    assert_eq!(slugify("Openness & trust"), "openness-trust");
    assert_eq!(slugify("  What's next?  "), "what-s-next");
    assert_eq!(slugify("Café"), "café");
    assert_eq!(slugify("Здоровье"), "здоровье");
    assert_eq!(slugify("!!!"), "");
}

#[test]
fn wordpress_slugs_are_slugs_once_decoded_in_either_case() {
    // WordPress without mbstring keeps the capital З: its slug is `%d0%97%d0%b4…`.
    let lower_hex = "%d0%97%d0%b4%d0%be%d1%80%d0%be%d0%b2%d1%8c%d0%b5";
    assert_eq!(slug_from_address(lower_hex).as_deref(), Some("Здоровье"));
    assert_eq!(slug_from_address(&lower_hex.to_uppercase()).as_deref(), Some("Здоровье"));
    assert_eq!(slug_from_address("caf%C3%A9").as_deref(), Some("café"));
    assert_eq!(slug_from_address("café").as_deref(), Some("café"));
    assert_eq!(slug_from_address("open_data-2").as_deref(), Some("open_data-2"));
}

#[test]
fn refuses_what_no_source_makes() {
    for bad in ["", "Open", "a b", "a%20b", "a/b", "a%2Fb", "a?b", "a#b", "a.b", "%", "a%0Ab"] {
        assert_eq!(slug_from_address(bad), None, "{bad:?}");
    }
}

#[test]
fn a_stray_percent_sign_is_kept_not_decoded() {
    assert_eq!(percent_decode("100%"), "100%");
    assert_eq!(percent_decode("%zz%4"), "%zz%4");
    assert_eq!(percent_decode("%+1"), "%+1");
    assert_eq!(percent_decode("%41%4a%4A"), "AJJ");
}

#[test]
fn encodes_paths_for_plain_uris() {
    assert_eq!(encode_path("/tag/café/"), "/tag/caf%C3%A9/");
    assert_eq!(encode_path("/2014/10/10/an-update/"), "/2014/10/10/an-update/");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_name_makes_a_slug_or_nothing(name in any::<String>()) {
        let slug = slugify(&name);
        prop_assert!(slug.is_empty() || is_slug(&slug), "{name:?} made {slug:?}");
        prop_assert_eq!(slugify(&slug), slug.clone(), "a slug is its own slug");
    }

    #[test]
    fn every_slug_survives_its_address(slug in "[a-z0-9_-]{0,4}[\\u{80}-\\u{10FFFF}]{1,8}[a-z0-9_-]{0,4}") {
        prop_assume!(is_slug(&slug));
        // As a browser sends it, as WordPress stores it, and as it is.
        let upper = encode_path(&slug);
        let lower = upper.to_lowercase();
        for address in [&upper, &lower, &slug] {
            prop_assert_eq!(slug_from_address(address), Some(slug.clone()));
        }
    }

    #[test]
    fn decoding_never_panics(text in any::<String>()) {
        let _ = slug_from_address(&text);
        prop_assert!(!percent_decode(&text).is_empty() || text.is_empty());
    }
}
