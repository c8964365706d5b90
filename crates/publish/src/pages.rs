use std::collections::HashMap;

use rayon::prelude::*;

use super::incremental::{
    program_identity, InputHashes, PageRecord, PageRecords, PreviousBuild, RECORDS_VERSION,
};
use super::manifest_links;
use super::security::{move_start_script, with_policy_meta};
use crate::api::DataSource;
use crate::content::{content_hash, site_routes, OutputFile, SiteContent};
use crate::model::rest_api_of;
use crate::prerender::{page_document, render_route, Template};
use crate::routes::{EmbedView, Route};
use crate::state::{BasePath, PageProblem, SiteUrl};

/// Every page of the site as HTML, rendered from `files` (what [`crate::content::build_site`]
/// made) into the page Trunk built; and that page, untouched, as `shell.html`, for addresses
/// that have no file of their own.
pub fn prerender_site(
    content: &SiteContent,
    files: &[OutputFile],
    template_html: &str,
) -> Result<Vec<OutputFile>, String> {
    prerender_pages(content, files, template_html, None, None).map(|done| done.files)
}

/// The pages of a publish, what each was made from, and how many were rendered or kept.
pub struct Prerendered {
    pub files: Vec<OutputFile>,
    pub records: PageRecords,
    /// Pages rendered this time.
    pub rendered: usize,
    /// Pages taken as they were from the previous build: nothing they read had changed.
    pub kept: usize,
}

/// As [`prerender_site`], but a page whose inputs are those it had in `previous` is taken
/// from the previous build rather than rendered again (see [`crate::incremental`]); with
/// `reading_start`, reading pages start the reading code (see [`move_start_script`]).
pub fn prerender_pages(
    content: &SiteContent,
    files: &[OutputFile],
    template_html: &str,
    previous: Option<&PreviousBuild>,
    reading_start: Option<&str>,
) -> Result<Prerendered, String> {
    let base_path = BasePath::new(&template_base(template_html));
    let base = base_path.path("/");
    // Every page, the shell too, runs under the strict policy: Trunk's inline start-up script
    // moves to a file, the brand colour comes in a stylesheet, and the policy is in a meta tag.
    let (template_html, start_files) =
        move_start_script(template_html, &base, &content.settings.embed_origins, reading_start);
    let theme = content.settings.brand_colour().map(|colour| {
        let css = format!(".app-frame{{--app-brand-colour:{colour}}}\n");
        OutputFile { path: format!("theme.{}.css", content_hash([css.as_str()])), contents: css }
    });
    // A published shell.html, used again as a template, has its links already.
    let mut head_links = String::new();
    if !template_html.contains("rel=\"manifest\"") {
        head_links = manifest_links(&base);
    }
    if let Some(theme) = theme.as_ref().filter(|t| !template_html.contains(&t.path)) {
        head_links.push_str(&format!("<link rel=\"stylesheet\" href=\"{base}{}\">", theme.path));
    }
    let wordpress =
        content.settings.wordpress.as_deref().or(content.read_from_wordpress.as_deref());
    let mut template_html = with_policy_meta(&template_html, wordpress).replacen(
        "</head>",
        &format!("{head_links}</head>"),
        1,
    );
    // A site published from WordPress: each page asks whether WordPress has changed since.
    if let Some(api) = content.read_from_wordpress.as_deref().and_then(rest_api_of) {
        template_html = crate::live_check::with_live_meta(&template_html, &base, &api);
    }
    let template_html = &template_html;
    let template =
        Template::parse(template_html).ok_or("it is not an HTML page with <head> and <body>")?;
    let data: HashMap<String, String> = files
        .iter()
        .filter(|f| f.path.starts_with("data/"))
        .map(|f| (f.path.clone(), f.contents.clone()))
        .collect();
    let site_url = SiteUrl(content.settings.url.clone().unwrap_or_default());
    let identity = program_identity();
    let hashes = InputHashes::new(
        &[template_html, base_path.as_str(), site_url.0.as_str(), identity.as_str()],
        &data,
    );
    let source = DataSource::in_memory(base_path.as_str(), data);
    let mut pages =
        vec![OutputFile { path: "shell.html".into(), contents: template_html.to_owned() }];
    pages.extend(start_files.into_iter().chain(theme));
    // A WordPress site's pages show what WordPress holds when they are read: the browser
    // renders each of them into the shell.
    if content.settings.wordpress.is_some() {
        return Ok(Prerendered {
            files: pages,
            records: PageRecords::default(),
            rendered: 0,
            kept: 0,
        });
    }
    // Each page renders in its own reactive owner from the shared source, so pages render on
    // every core (rayon's pool); the results keep the routes' order.
    let routes = site_routes(content);
    let rendered: Vec<PageOutcome> = routes
        .par_iter()
        .map(|route| {
            let path = route.file_path();
            if let Some((html, record)) = previous.and_then(|p| p.unchanged(&path, &hashes)) {
                return (OutputFile { path, contents: html }, record, false, None);
            }
            let address = route.href();
            let address = if *route == Route::NotFound { "/404.html".to_owned() } else { address };
            let (page_source, reads) = source.noting_reads().expect("the source is in memory");
            let rendered = render_route(&address, &base_path, &site_url, &page_source);
            let problem = rendered
                .problems
                .first()
                .filter(|_| *route != Route::NotFound)
                .map(|problem| (base_path.path(&address), problem.clone()));
            let mut html = page_document(&template, &address, base_path.as_str(), &rendered).html;
            if matches!(route, Route::Embed(view) if *view != EmbedView::Help) {
                html = links_open_in_top_window(&html);
            }
            let record = hashes.record(&path, reads.paths(), &html);
            (OutputFile { path, contents: html }, record, true, problem)
        })
        .collect();
    let mut broken = Vec::new();
    let mut records = PageRecords { version: RECORDS_VERSION, pages: Default::default() };
    let (mut rendered_count, mut kept) = (0, 0);
    for (page, record, was_rendered, problem) in rendered {
        if was_rendered {
            rendered_count += 1;
        } else {
            kept += 1;
        }
        records.pages.insert(page.path.clone(), record);
        pages.push(page);
        broken.extend(problem);
    }
    if !broken.is_empty() {
        return Err(broken_pages_message(&broken));
    }
    Ok(Prerendered { files: pages, records, rendered: rendered_count, kept })
}

/// A page, its record, whether it was rendered (not kept), and what it showed instead of its
/// content, if anything.
type PageOutcome = (OutputFile, PageRecord, bool, Option<(String, PageProblem)>);

/// Why the build fails: the pages that would tell readers they are missing or broken, each
/// with what it shows and why (the first few: one cause usually breaks every page).
fn broken_pages_message(broken: &[(String, PageProblem)]) -> String {
    const SHOWN: usize = 5;
    let mut message =
        format!("{} of the site's pages did not pre-render with their content:", broken.len());
    for (address, problem) in broken.iter().take(SHOWN) {
        match problem {
            PageProblem::NotFound => {
                message.push_str(&format!("\n  {address}: shows \"Page not found\""))
            }
            PageProblem::LoadError(detail) => message.push_str(&format!(
                "\n  {address}: shows \"Sorry, there is a problem loading this page\": {detail}"
            )),
        }
    }
    if broken.len() > SHOWN {
        message.push_str(&format!("\n  and {} more", broken.len() - SHOWN));
    }
    message
}

/// An embed view's links open in the page around it, with or without the app: the app
/// decides per click (it keeps `links=frame` views in the frame), a page read without it
/// follows `<base target>`.
fn links_open_in_top_window(html: &str) -> String {
    // Trunk's minified template has no `<head>` tag; the page document always ends its head.
    html.replacen("</head>", "<base target=\"_top\"></head>", 1)
}

/// The path in the template's `<base href>` (Trunk's `public_url`), `/` without one.
fn template_base(html: &str) -> String {
    html.find("<base")
        .and_then(|start| {
            let tag = &html[start..start + html[start..].find('>')?];
            // Minified HTML leaves the value unquoted: `<base href=/blog/>`.
            let value = tag.split("href=").nth(1)?;
            let href = match value.chars().next()? {
                quote @ ('"' | '\'') => value[1..].split(quote).next()?,
                _ => value.split([' ', '>']).next()?,
            };
            Some(href.to_owned())
        })
        .unwrap_or_else(|| "/".to_owned())
}

#[cfg(test)]
mod tests {
    use super::{links_open_in_top_window, template_base};

    #[test]
    fn embed_pages_send_links_to_the_top_window() {
        let page =
            links_open_in_top_window("<html><meta charset=utf-8></head><body><a href=/>x</a>");
        assert_eq!(
            page,
            "<html><meta charset=utf-8><base target=\"_top\"></head><body><a href=/>x</a>"
        );
    }

    #[test]
    fn reads_the_base_path_from_the_template() {
        assert_eq!(template_base(r#"<head><base href="/blog/" /></head>"#), "/blog/");
        assert_eq!(template_base("<head><base href=/blog/></head>"), "/blog/");
        assert_eq!(template_base("<head><base href='/a/' ></head>"), "/a/");
        assert_eq!(template_base("<head></head>"), "/");
    }
}
