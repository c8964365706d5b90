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

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
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
        assert!(parse_query("").is_empty());
    }

    #[test]
    fn encoding_round_trips() {
        for value in ["open data", "café & more", "a+b=c", "100%"] {
            let query = format!("q={}", encode_query_value(value));
            assert_eq!(parse_query(&query)[0].1, value);
        }
    }
}
