//! The strict Content-Security-Policy the whole site runs under, and what the page template
//! needs to run under it: Trunk's inline start-up script moved into a file of its own, and the
//! policy as a `<meta>` tag for hosts that cannot set headers.

use crate::content::{content_hash, OutputFile};

/// The policy. Scripts only from the site itself, plus `'wasm-unsafe-eval'` to compile the
/// wasm; no inline script or style, no third-party origin. `frame_ancestors` (the embed
/// allowlist) is only for the header: browsers ignore it in a `<meta>` tag.
pub fn content_security_policy(frame_ancestors: Option<&[String]>) -> String {
    let mut directives = vec![
        "default-src 'self'".to_owned(),
        "script-src 'self' 'wasm-unsafe-eval'".to_owned(),
        "style-src 'self'".to_owned(),
        "img-src 'self' data:".to_owned(),
        "font-src 'self'".to_owned(),
        "connect-src 'self'".to_owned(),
        "manifest-src 'self'".to_owned(),
        "worker-src 'self'".to_owned(),
        "frame-src 'self'".to_owned(),
        "object-src 'none'".to_owned(),
        "base-uri 'self'".to_owned(),
        "form-action 'self'".to_owned(),
    ];
    if let Some(origins) = frame_ancestors {
        let mut sources = vec!["'self'".to_owned()];
        sources.extend(origins.iter().cloned());
        directives.push(format!("frame-ancestors {}", sources.join(" ")));
    }
    directives.join("; ")
}

/// The template with its inline module script (Trunk's start-up code) moved to
/// `start.{hash}.js`, and that file. A template without one is returned as it was.
pub fn move_start_script(template: &str, base: &str) -> (String, Option<OutputFile>) {
    let Some((start, end, code)) = inline_module_script(template) else {
        return (template.to_owned(), None);
    };
    let path = format!("start.{}.js", content_hash([code]));
    let tag = format!("<script type=\"module\" src=\"{base}{path}\"></script>");
    let html = format!("{}{tag}{}", &template[..start], &template[end..]);
    (html, Some(OutputFile { path, contents: code.to_owned() }))
}

/// The first `<script type=module>` without a `src`: its start, its end, and its code.
fn inline_module_script(html: &str) -> Option<(usize, usize, &str)> {
    let mut from = 0;
    while let Some(start) = html[from..].find("<script").map(|i| from + i) {
        let open_end = start + html[start..].find('>')? + 1;
        let close = open_end + html[open_end..].find("</script>")?;
        let end = close + "</script>".len();
        let open = &html[start..open_end];
        let module = open.contains("type=module") || open.contains("type=\"module\"");
        if module && !open.contains("src=") {
            return Some((start, end, &html[open_end..close]));
        }
        from = end;
    }
    None
}

/// The template with the policy as a `<meta>` tag, placed before anything it governs.
pub fn with_policy_meta(template: &str) -> String {
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        content_security_policy(None)
    );
    let after_charset = template
        .find("<meta charset")
        .and_then(|at| template[at..].find('>').map(|end| at + end + 1));
    let at = after_charset.or_else(|| template.find("<title")).unwrap_or(0);
    format!("{}{meta}{}", &template[..at], &template[at..])
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<!doctype html><html><meta charset=utf-8><title>T</title>\
        <link href=/main.css rel=stylesheet><script type=module>import init from '/app.js';\n\
        await init();</script><link href=/app.js rel=modulepreload></head><body></body></html>";

    #[test]
    fn the_start_up_script_moves_to_a_file_named_by_its_content() {
        let (html, file) = move_start_script(TRUNK, "/blog/");
        let file = file.unwrap();
        assert_eq!(file.contents, "import init from '/app.js';\nawait init();");
        assert!(file.path.starts_with("start.") && file.path.ends_with(".js"));
        assert!(html
            .contains(&format!("<script type=\"module\" src=\"/blog/{}\"></script>", file.path)));
        assert!(!html.contains("await init"));
        let (unchanged, none) = move_start_script(&html, "/blog/");
        assert_eq!((unchanged, none), (html, None));
    }

    #[test]
    fn the_policy_allows_nothing_inline_and_no_other_origin() {
        let policy = content_security_policy(None);
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval'"));
        assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
        assert!(!policy.contains("frame-ancestors"), "a meta tag cannot carry it");
        let header = content_security_policy(Some(&["https://intranet.example.gov.uk".to_owned()]));
        assert!(header.ends_with("frame-ancestors 'self' https://intranet.example.gov.uk"));
    }

    #[test]
    fn the_meta_tag_comes_before_the_scripts_and_styles() {
        let html = with_policy_meta(TRUNK);
        let meta = html.find("http-equiv=\"Content-Security-Policy\"").unwrap();
        assert!(meta < html.find("<link").unwrap() && meta < html.find("<script").unwrap());
        assert!(meta > html.find("<meta charset").unwrap());
    }
}
