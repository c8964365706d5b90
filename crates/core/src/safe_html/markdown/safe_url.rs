//! Which URLs may reach an `href` or `src`.
//!
//! Browsers ignore tabs, newlines and leading control characters in a URL's scheme, and read
//! it case-blind, so `JaVa\tScRiPt:` runs script. The check strips what a browser strips
//! before it compares.

const LINK_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];
const IMAGE_SCHEMES: [&str; 2] = ["http", "https"];
const DATA_IMAGE_TYPES: [&str; 4] = ["image/png", "image/jpeg", "image/gif", "image/webp"];

/// A link may be relative, a fragment, or use http, https, mailto or tel.
pub fn is_safe_link_url(url: &str) -> bool {
    match scheme(url) {
        None => true,
        Some(scheme) => LINK_SCHEMES.contains(&scheme.as_str()),
    }
}

/// An image may be relative, http(s), or a base64 `data:` URL of a raster type. SVG is refused
/// because it can carry script.
pub fn is_safe_image_url(url: &str) -> bool {
    match scheme(url) {
        None => true,
        Some(scheme) if scheme == "data" => {
            let rest = normalised(url);
            let rest = &rest["data:".len()..];
            DATA_IMAGE_TYPES
                .iter()
                .any(|kind| rest.strip_prefix(kind).is_some_and(|r| r.starts_with(";base64,")))
        }
        Some(scheme) => IMAGE_SCHEMES.contains(&scheme.as_str()),
    }
}

fn normalised(url: &str) -> String {
    url.chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The URL's scheme, lower-cased, or `None` for a relative URL.
fn scheme(url: &str) -> Option<String> {
    let url = normalised(url);
    let end = url.find([':', '/', '?', '#'])?;
    if url.as_bytes()[end] != b':' {
        return None;
    }
    let scheme = &url[..end];
    let well_formed = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    // Anything before a colon that is not a well-formed scheme is still refused: a browser
    // might read it differently.
    Some(if well_formed { scheme.to_owned() } else { format!("invalid:{scheme}") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_web_mail_phone_and_relative_links() {
        for url in [
            "https://www.gov.uk/",
            "http://example.com",
            "mailto:a@b.c",
            "tel:+441234",
            "/projects/",
            "../x",
            "#comment-1",
            "?page=2",
        ] {
            assert!(is_safe_link_url(url), "{url}");
        }
    }

    #[test]
    fn refuses_script_urls_however_they_are_disguised() {
        for url in [
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "livescript:x",
        ] {
            assert!(!is_safe_link_url(url), "{url:?}");
        }
    }

    #[test]
    fn images_take_raster_data_urls_only() {
        assert!(is_safe_image_url("data:image/png;base64,iVBORw0KGgo="));
        assert!(is_safe_image_url("/images/chart.png"));
        assert!(!is_safe_image_url("data:image/svg+xml;base64,PHN2Zz4="));
        assert!(!is_safe_image_url("data:image/png,raw"));
        assert!(!is_safe_image_url("javascript:alert(1)"));
        assert!(!is_safe_image_url("mailto:a@b.c"));
    }
}
