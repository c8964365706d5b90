//! Query strings: `a=1&b=two+words` to pairs and back.

/// Splits a query (with or without its `?`) into decoded name-value pairs, in order.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect()
}

/// Percent-encodes a value for a query string.
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// A query value: `+` is a space, then `%XX` escapes as everywhere else (a `%` that two hex
/// digits do not follow stays; `%+1` is not byte 1, which a signed hex parse made it).
fn decode(text: &str) -> String {
    crate::slug::percent_decode(&text.replace('+', " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_pairs_in_order() {
        assert_eq!(
            parse_query("?q=open+data&page=2&flag"),
            [
                ("q".into(), "open data".into()),
                ("page".into(), "2".into()),
                ("flag".into(), String::new())
            ]
        );
        assert_eq!(parse_query("q=caf%C3%A9%20%26%20more")[0].1, "café & more");
        assert_eq!(parse_query("q=100%")[0].1, "100%");
        assert_eq!(parse_query("q=%zz")[0].1, "%zz");
        // A sign is not a hex digit; an escaped plus is a plus.
        assert_eq!(parse_query("q=%+1&r=%2B+x")[0].1, "% 1");
        assert_eq!(parse_query("q=%+1&r=%2B+x")[1].1, "+ x");
        assert!(parse_query("").is_empty());
    }

    #[test]
    fn encoding_round_trips() {
        for value in ["open data", "café & more", "a+b=c", "100%"] {
            let query = format!("q={}", encode_query_value(value));
            assert_eq!(parse_query(&query)[0].1, value);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        #[test]
        fn any_value_round_trips_and_any_query_parses(value in "\\PC{0,24}", query in "\\PC{0,40}") {
            let encoded = format!("q={}", encode_query_value(&value));
            proptest::prop_assert_eq!(&parse_query(&encoded)[0].1, &value);
            let _ = parse_query(&query);
        }
    }
}
