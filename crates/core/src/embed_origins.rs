//! Which sites may embed the blog: origins as a Content-Security-Policy writes them
//! (`https://intranet.example.gov.uk`, `https://*.example.gov.uk`, `http://127.0.0.1:*`).
//! The same list goes into the policy's `frame-ancestors` and decides whom an embedded page
//! tells its height.

/// Whether `origin` (`scheme://host[:port]`, as a browser reports it) matches one of
/// `allowed`, or is the blog's own.
pub fn origin_allowed(origin: &str, own: &str, allowed: &[String]) -> bool {
    origin == own || allowed.iter().any(|pattern| matches(origin, pattern))
}

fn matches(origin: &str, pattern: &str) -> bool {
    let (Some((scheme, rest)), Some((pattern_scheme, pattern_rest))) =
        (origin.split_once("://"), pattern.trim_end_matches('/').split_once("://"))
    else {
        return false;
    };
    if scheme != pattern_scheme {
        return false;
    }
    let (host, port) = split_port(rest);
    let (pattern_host, pattern_port) = split_port(pattern_rest);
    let port_ok = pattern_port == Some("*") || pattern_port == port;
    let host_ok = match pattern_host.strip_prefix("*.") {
        Some(domain) => {
            host.strip_suffix(domain).is_some_and(|sub| sub.ends_with('.') && sub.len() > 1)
        }
        None => host.eq_ignore_ascii_case(pattern_host),
    };
    port_ok && host_ok
}

fn split_port(host_port: &str) -> (&str, Option<&str>) {
    match host_port.rsplit_once(':') {
        Some((host, port)) if !host.is_empty() && !port.contains(']') => (host, Some(port)),
        _ => (host_port, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed() -> Vec<String> {
        ["https://intranet.example.gov.uk", "https://*.nhs.example", "http://127.0.0.1:*"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn the_sites_on_the_list_and_the_blog_itself_are_allowed() {
        let own = "https://blog.example.gov.uk";
        for origin in [
            own,
            "https://intranet.example.gov.uk",
            "https://staff.nhs.example",
            "http://127.0.0.1:8093",
        ] {
            assert!(origin_allowed(origin, own, &allowed()), "{origin}");
        }
    }

    #[test]
    fn anything_else_is_refused() {
        let own = "https://blog.example.gov.uk";
        for origin in [
            "http://intranet.example.gov.uk",
            "https://intranet.example.gov.uk:8443",
            "https://evil-intranet.example.gov.uk",
            "https://nhs.example",
            "https://nhs.example.evil",
            "http://localhost:8093",
            "null",
            "",
        ] {
            assert!(!origin_allowed(origin, own, &allowed()), "{origin}");
        }
    }
}
