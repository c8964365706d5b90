use serde::Serialize;

use super::RenderedRoute;

/// The page Trunk builds (`index.html`): the document every pre-rendered page is made from, so
/// each page loads the same hashed script, wasm and styles.
pub struct Template {
    /// Up to `</head>`, without the `<title>` and `<base>` the app sets itself.
    head: String,
    /// The `<body …>` start tag.
    body_tag: String,
}

/// One pre-rendered page, ready to write.
pub struct PageDocument {
    pub html: String,
}

/// The data a pre-rendered page was rendered from, which the app hydrates with instead of
/// fetching it again. JSON in a `<script type="application/json">`: inert, so a strict
/// Content-Security-Policy needs no exception for it.
#[derive(Serialize)]
struct Hydration<'a> {
    /// The address the page was rendered for.
    page: &'a str,
    /// `[hydration id, serialized value]`.
    resources: &'a [(String, String)],
}

impl Template {
    /// Reads the template from Trunk's `index.html`. `None` when it is not such a page.
    ///
    /// Besides the `<title>` and `<base>`, the preload links for the app's script and wasm go:
    /// a pre-rendered page reads without them, and on a slow connection they would take
    /// bandwidth from the page's own HTML and styles. The app then loads once the page has.
    pub fn parse(html: &str) -> Option<Template> {
        let head_end = html.find("</head>")?;
        let body_start = html[head_end..].find("<body").map(|i| head_end + i)?;
        let body_tag_end = html[body_start..].find('>').map(|i| body_start + i + 1)?;
        let mut head =
            strip_element(&strip_element(&html[..head_end], "<title", "</title>"), "<base", ">");
        while let Some(stripped) = strip_preload(&head) {
            head = stripped;
        }
        Some(Template { head, body_tag: html[body_start..body_tag_end].to_owned() })
    }
}

/// The head without its first `<link rel=preload>` or `<link rel=modulepreload>`, if it has one.
fn strip_preload(head: &str) -> Option<String> {
    let mut from = 0;
    while let Some(at) = head[from..].find("<link").map(|i| from + i) {
        let end = at + head[at..].find('>')? + 1;
        let tag = &head[at..end];
        let rel = tag.split("rel=").nth(1).map(|r| r.trim_start_matches('"'));
        if rel.is_some_and(|r| r.starts_with("preload") || r.starts_with("modulepreload")) {
            return Some(format!("{}{}", &head[..at], &head[end..]));
        }
        from = end;
    }
    None
}

/// Removes the first element that starts with `open` and ends with `close`.
fn strip_element(html: &str, open: &str, close: &str) -> String {
    match html.find(open) {
        Some(start) => match html[start..].find(close) {
            Some(len) => format!("{}{}", &html[..start], &html[start + len + close.len()..]),
            None => html.to_owned(),
        },
        None => html.to_owned(),
    }
}

/// A whole page: the template's head with the page's own tags, the rendered body, and the
/// data to hydrate with.
pub fn page_document(
    template: &Template,
    address: &str,
    base_path: &str,
    rendered: &RenderedRoute,
) -> PageDocument {
    let hydration = Hydration { page: address, resources: &rendered.resources };
    // Inside a <script>, "</" would end it; JSON may write "<" as "\u003c" instead.
    let data = serde_json::to_string(&hydration).expect("serialises").replace('<', "\\u003c");
    let html = format!(
        "{head}<meta name=\"app-base\" content=\"{base}/\">{page_head}</head>\n{body_tag}{body}<script type=\"application/json\" id=\"app-hydration\">{data}</script></body>\n</html>\n",
        head = template.head,
        base = escape_attribute(base_path),
        page_head = rendered.head,
        body_tag = template.body_tag,
        body = rendered.body,
    );
    PageDocument { html }
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><base href=\"/\" /><title>Blog</title><link rel=\"stylesheet\" href=\"/main-1.css\"><script type=\"module\">import init from '/app-1.js';</script><link crossorigin href=/app-1.js rel=modulepreload><link as=fetch href=/app-1.wasm rel=preload type=application/wasm></head>\n<body class=\"govuk-template__body\"><noscript>Needs JavaScript</noscript></body></html>";

    #[test]
    fn pages_keep_the_builds_assets_and_replace_title_base_and_body() {
        let template = Template::parse(TRUNK).unwrap();
        let rendered = RenderedRoute {
            body: "<main>Hello</main>".into(),
            head: "<!--HEAD--><meta name=\"description\" content=\"d\"><title>Hello - Blog</title>"
                .into(),
            resources: vec![("0".into(), "{\"Ok\":\"</script><b>\"}".into())],
            problems: vec![],
        };
        let page = page_document(&template, "/x/", "", &rendered).html;
        assert!(page.contains("<link rel=\"stylesheet\" href=\"/main-1.css\">"));
        assert!(page.contains("import init from '/app-1.js';"));
        assert!(!page.contains("<base"));
        assert!(!page.contains("preload"), "{page}");
        assert_eq!(page.matches("<title>").count(), 1);
        assert!(page.contains("<title>Hello - Blog</title></head>"));
        assert!(page.contains("<meta name=\"app-base\" content=\"/\">"));
        assert!(page.contains("<body class=\"govuk-template__body\"><main>Hello</main><script type=\"application/json\" id=\"app-hydration\">"));
        assert!(!page.contains("noscript"));
        assert!(!page.contains("</script><b>"), "data cannot end its script element");
        let data =
            page.split("id=\"app-hydration\">").nth(1).unwrap().split("</script>").next().unwrap();
        let parsed: serde_json::Value = serde_json::from_str(data).unwrap();
        assert_eq!(parsed["page"], "/x/");
        assert_eq!(parsed["resources"][0][1], "{\"Ok\":\"</script><b>\"}");
    }
}
