//! The one rule for slugs, the last segment of an address such as `/tag/{slug}/`.
//!
//! Every source makes its slugs here or checks them here: the publish step (a slug written in
//! `content/`, or a tag's name made into one), the router, and the WordPress source. So a slug
//! that any source can produce is one the router accepts, and leads to a real page.
//!
//! A slug is held decoded (`café`, `Здоровье`), and addresses carry it as it is: an HTML link
//! may hold any Unicode, a browser percent-encodes it when it asks for the page, and a static
//! host decodes it again to find the file, which is named with the decoded slug.

/// Whether `text` is a slug: not empty; lower-case ASCII letters, digits, `-` and `_`; and
/// any character outside ASCII but spaces and controls, in either case. That is every slug
/// WordPress makes: it keeps what is not ASCII percent-encoded, letters in the case they were
/// typed in (it lower-cases them only when PHP has mbstring), symbols and emoji included.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty() && text.chars().all(is_slug_char)
}

fn is_slug_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
    } else {
        !c.is_whitespace() && !c.is_control()
    }
}

/// A name made into a slug: `"Openness & trust"` becomes `"openness-trust"`, `"Café"`
/// becomes `"café"`. Empty when the name has no letter or digit at all (`"!!!"`), which
/// the publish step reports as a mistake.
pub fn slugify(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for word in name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let lower = word.chars().flat_map(char::to_lowercase).filter(|c| is_slug_char(*c));
        let mut lower = lower.peekable();
        if lower.peek().is_none() {
            continue;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.extend(lower);
    }
    slug
}

/// An address segment as the reader's browser or WordPress wrote it, decoded: `caf%C3%A9`
/// and `caf%c3%a9` are both `café`. Bytes that are not UTF-8 become U+FFFD, the same on
/// every path, so even such a slug finds its page. `None` when the result is not a slug.
pub fn slug_from_address(segment: &str) -> Option<String> {
    let decoded = percent_decode(segment);
    is_slug(&decoded).then_some(decoded)
}

/// Decodes `%XX` escapes (of either case); a `%` not followed by two hex digits stays.
pub fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], bytes.get(i + 1).and_then(hex), bytes.get(i + 2).and_then(hex)) {
            (b'%', Some(high), Some(low)) => {
                out.push(high << 4 | low);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(byte: &u8) -> Option<u8> {
    (*byte as char).to_digit(16).map(|d| d as u8)
}

/// A site path with everything but unreserved ASCII and `/` percent-encoded, for the places
/// that need a plain URI rather than an HTML link: the sitemap, feeds, HTTP headers.
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'/' | b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
