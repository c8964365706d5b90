//! The strict Content-Security-Policy the whole site runs under, and what the page template
//! needs to run under it: Trunk's inline start-up script moved into a file of its own, and the
//! policy as a `<meta>` tag for hosts that cannot set headers.

use crate::content::{content_hash, OutputFile};

/// The policy. Scripts only from the site itself, plus `'wasm-unsafe-eval'` to compile the
/// wasm; no inline script or style, no third-party origin but a WordPress source's, which
/// the app fetches from and whose images posts show. `frame_ancestors` (the embed
/// allowlist) is only for the header: browsers ignore it in a `<meta>` tag.
pub fn content_security_policy(
    frame_ancestors: Option<&[String]>,
    wordpress: Option<&str>,
) -> String {
    let wordpress = wordpress.and_then(origin_of).map(|o| format!(" {o}")).unwrap_or_default();
    let mut directives = vec![
        "default-src 'self'".to_owned(),
        "script-src 'self' 'wasm-unsafe-eval'".to_owned(),
        "style-src 'self'".to_owned(),
        format!("img-src 'self' data:{wordpress}"),
        "font-src 'self'".to_owned(),
        format!("connect-src 'self'{wordpress}"),
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

/// `https://blog.example.gov.uk` from `https://blog.example.gov.uk/news/`: scheme, host and
/// port, and nothing a policy could misread (no spaces, quotes or semicolons).
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    let fits = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']');
    (matches!(scheme, "http" | "https") && !host.is_empty() && host.chars().all(fits))
        .then(|| format!("{scheme}://{host}"))
}

/// The start-up gate (`start_gate.js`): when the app starts, and whether it starts at all.
const START_GATE: &str = include_str!("start_gate.js");
/// What an embedded view runs instead of the app (`embed_view.js`), loaded by the gate.
const EMBED_VIEW: &str = include_str!("embed_view.js");

/// The template with its inline module script (Trunk's start-up code) moved to
/// `app-start.{hash}.js`, and the page's one script tag pointing at the gate,
/// `start.{hash}.js`, which imports that file after the first paint, or only where the page
/// needs it for a reader saving data; and the embed views' script, `embed-view.{hash}.js`,
/// with `embed_origins` (the sites allowed to embed the blog) in it. A template without an
/// inline script is returned as it was, with no files.
///
/// With `reading_start` (the reading code's start file, built beside the app by
/// `scripts/build-reading.sh`), the gate starts that on reading pages instead of the app.
pub fn move_start_script(
    template: &str,
    base: &str,
    embed_origins: &[String],
    reading_start: Option<&str>,
) -> (String, Vec<OutputFile>) {
    let Some((start, end, code)) = inline_module_script(template) else {
        return (template.to_owned(), Vec::new());
    };
    let app_start = format!("app-start.{}.js", content_hash([code]));
    let origins = serde_json::to_string(embed_origins).expect("strings serialise");
    let embed_code = EMBED_VIEW.replace("@EMBED_ORIGINS@", &origins);
    let embed_view = format!("embed-view.{}.js", content_hash([embed_code.as_str()]));
    let reading_start = reading_start.unwrap_or(&app_start);
    let gate_code = START_GATE
        .replace("@APP_START@", &format!("{base}{app_start}"))
        .replace("@READING_START@", &format!("{base}{reading_start}"))
        .replace("@EMBED_VIEW@", &format!("{base}{embed_view}"));
    let gate = format!("start.{}.js", content_hash([gate_code.as_str()]));
    let tag = format!("<script type=\"module\" src=\"{base}{gate}\"></script>");
    let html = format!("{}{tag}{}", &template[..start], &template[end..]);
    let files = vec![
        OutputFile { path: gate, contents: gate_code },
        OutputFile { path: app_start, contents: code.to_owned() },
        OutputFile { path: embed_view, contents: embed_code },
    ];
    (html, files)
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

/// The template with the policy as a `<meta>` tag, placed before anything it governs. A
/// policy tag already there (a published `shell.html` used as the template for another
/// content folder) is replaced: two policies would both apply.
pub fn with_policy_meta(template: &str, wordpress: Option<&str>) -> String {
    let owned;
    let template = match template.find("<meta http-equiv=\"Content-Security-Policy\"") {
        Some(start) => match template[start..].find('>') {
            Some(end) => {
                owned = format!("{}{}", &template[..start], &template[start + end + 1..]);
                owned.as_str()
            }
            None => template,
        },
        None => template,
    };
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        content_security_policy(None, wordpress)
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
    fn the_start_up_script_moves_behind_a_gate_named_by_its_content() {
        let origins = ["https://intranet.example.gov.uk".to_owned()];
        let (html, files) = move_start_script(TRUNK, "/blog/", &origins, None);
        let [gate, app, embed] = &files[..] else { panic!("three files: {files:?}") };
        assert_eq!(app.contents, "import init from '/app.js';\nawait init();");
        assert!(app.path.starts_with("app-start.") && app.path.ends_with(".js"));
        assert!(gate.path.starts_with("start.") && gate.path.ends_with(".js"));
        assert!(gate.contents.contains(&format!("const appStart = \"/blog/{}\";", app.path)));
        assert!(!gate.contents.contains("@APP_START@"));
        // No reading code built: reading pages start the app too.
        assert!(gate.contents.contains(&format!("const readingStart = \"/blog/{}\";", app.path)));
        assert!(embed.path.starts_with("embed-view.") && embed.path.ends_with(".js"));
        assert!(gate.contents.contains(&format!("const embedView = \"/blog/{}\";", embed.path)));
        assert!(embed
            .contents
            .contains(r#"const allowedOrigins = ["https://intranet.example.gov.uk"];"#));
        assert!(html
            .contains(&format!("<script type=\"module\" src=\"/blog/{}\"></script>", gate.path)));
        assert!(!html.contains("await init") && !html.contains(&app.path));
        let (unchanged, none) = move_start_script(&html, "/blog/", &origins, None);
        assert_eq!((unchanged, none), (html, Vec::new()));
    }

    #[test]
    fn with_the_reading_code_built_the_gate_names_it_for_reading_pages() {
        let reading = Some("reading-start.0123456789abcdef.js");
        let (_, files) = move_start_script(TRUNK, "/blog/", &[], reading);
        let gate = &files[0];
        assert!(gate
            .contents
            .contains("const readingStart = \"/blog/reading-start.0123456789abcdef.js\";"));
        assert!(!gate.contents.contains("@READING_START@"));
        // A different gate, so a page built with it never keeps a cached gate without it.
        let (_, plain) = move_start_script(TRUNK, "/blog/", &[], None);
        assert_ne!(gate.path, plain[0].path);
    }

    #[test]
    fn the_gate_names_what_keeps_the_app_away_and_what_brings_it() {
        // The e2e suite (tests/e2e/save-data.spec.mjs) drives these in a browser; this keeps
        // the markers the app's pages and the gate share from drifting apart.
        for marker in [
            "saveData",
            "effectiveType",
            "name=\"app-load\"",
            "[data-app-on-use]",
            "\"app-hydration\"",
            "content === \"embed\"",
        ] {
            assert!(START_GATE.contains(marker), "{marker}");
        }
        // The embed script reads what the pre-rendered embed views carry.
        for marker in [
            "name=\"app-base\"",
            "\"app-hydration\"",
            ".app-embed",
            ".app-post-list > li",
            "blog-embed:height",
        ] {
            assert!(EMBED_VIEW.contains(marker), "{marker}");
        }
    }

    #[test]
    fn the_policy_allows_nothing_inline_and_no_other_origin() {
        let policy = content_security_policy(None, None);
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval'"));
        assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
        assert!(!policy.contains("frame-ancestors"), "a meta tag cannot carry it");
        let header =
            content_security_policy(Some(&["https://intranet.example.gov.uk".to_owned()]), None);
        assert!(header.ends_with("frame-ancestors 'self' https://intranet.example.gov.uk"));
    }

    #[test]
    fn a_wordpress_source_may_be_fetched_from_and_show_its_images() {
        let policy = content_security_policy(None, Some("https://blog.example.gov.uk/news/"));
        assert!(policy.contains("connect-src 'self' https://blog.example.gov.uk;"), "{policy}");
        assert!(policy.contains("img-src 'self' data: https://blog.example.gov.uk;"), "{policy}");
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval';"), "scripts stay ours");
        let local = content_security_policy(None, Some("http://127.0.0.1:8091"));
        assert!(local.contains("connect-src 'self' http://127.0.0.1:8091;"), "{local}");
        let sneaky = content_security_policy(None, Some("https://x.org; script-src *"));
        assert!(sneaky.contains("connect-src 'self';") && !sneaky.contains("script-src *"));
    }

    #[test]
    fn the_meta_tag_comes_before_the_scripts_and_styles() {
        let html = with_policy_meta(TRUNK, None);
        let meta = html.find("http-equiv=\"Content-Security-Policy\"").unwrap();
        assert!(meta < html.find("<link").unwrap() && meta < html.find("<script").unwrap());
        assert!(meta > html.find("<meta charset").unwrap());
    }

    #[test]
    fn a_policy_already_in_the_template_is_replaced() {
        let once = with_policy_meta(TRUNK, None);
        let again = with_policy_meta(&once, Some("https://wp.example.org"));
        assert_eq!(again.matches("Content-Security-Policy").count(), 1, "{again}");
        assert!(again.contains("connect-src 'self' https://wp.example.org"));
    }
}
