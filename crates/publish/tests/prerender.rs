//! Pre-rendering on the host: a file per page, each page's head tags, and content that tries
//! to run script arriving in the HTML as inert text.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use publish::content::{build_site, site_routes, validate, OutputFile, SiteContent};
use publish::{load_content, prerender_site};

const TEMPLATE: &str = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><base href=\"/\" /><title>Digital health</title><link rel=\"stylesheet\" href=\"/main.css\"><script type=\"module\">import init from '/app.js'; init();</script></head><body class=\"govuk-template__body\"><noscript>Needs JavaScript</noscript></body></html>";

fn sample() -> SiteContent {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    load_content(&root.join("content"), Some(&root.join("public"))).expect("sample content loads")
}

fn pages(site: &SiteContent) -> Vec<OutputFile> {
    let files = build_site(site);
    prerender_site(site, &files, TEMPLATE).expect("pre-renders")
}

/// A page's HTML without Leptos's empty hydration markers (`<!>`, after each text of an erased
/// view): the markup the assertions name is the markup a reader's browser shows.
fn page(pages: &[OutputFile], path: &str) -> String {
    let file = pages.iter().find(|p| p.path == path).unwrap_or_else(|| panic!("no {path}"));
    file.contents.replace("<!>", "")
}

#[test]
fn there_is_a_page_for_every_address_the_content_has() {
    let site = sample();
    let pages = pages(&site);
    let html: Vec<&OutputFile> =
        pages.iter().filter(|p| p.path.ends_with(".html") && p.path != "shell.html").collect();
    // Counted from the content, independently of site_routes: every post; every page of the
    // home list, each category, tag, author, month and theme; the archives and themes index;
    // the register with each combination of filters; every project and standalone page;
    // search; and "Page not found".
    let per_page = site.posts_per_page as usize;
    let pages_of = |n: usize| n.div_ceil(per_page).max(1);
    let count = |f: &dyn Fn(&publish::content::SourcePost) -> bool| {
        site.posts.iter().filter(|p| f(p)).count()
    };
    let mut expected = site.posts.len() + pages_of(site.posts.len());
    expected += site
        .categories
        .iter()
        .map(|c| pages_of(count(&|p| p.categories.contains(&c.slug))))
        .sum::<usize>();
    expected += site
        .authors
        .iter()
        .map(|a| pages_of(count(&|p| p.authors.contains(&a.slug))))
        .sum::<usize>();
    expected +=
        site.themes.iter().map(|t| pages_of(count(&|p| p.themes.contains(&t.slug)))).sum::<usize>();
    let tags: std::collections::BTreeSet<String> =
        site.posts.iter().flat_map(|p| &p.tags).map(|t| blog_core::markdown::slugify(t)).collect();
    expected += tags
        .iter()
        .map(|t| pages_of(count(&|p| p.tags.iter().any(|x| blog_core::markdown::slugify(x) == *t))))
        .sum::<usize>();
    let months: std::collections::BTreeSet<(i32, u8)> =
        site.posts.iter().map(|p| (p.date.uk().year, p.date.uk().month)).collect();
    expected += months
        .iter()
        .map(|m| pages_of(count(&|p| (p.date.uk().year, p.date.uk().month) == *m)))
        .sum::<usize>();
    expected += 3; // archives, themes, reading offline
    expected += (site.themes.len() + 1) * 5; // the register: all themes or one, all phases or one
    expected += site.projects.len() + site.pages.len() + 2; // search, 404
                                                            // Embed views: editors' page, latest, widget, each theme, each post, and the register
                                                            // with each filter.
    expected += 3 + site.themes.len() + site.posts.len() + (site.themes.len() + 1) * 5;
    assert_eq!(html.len(), expected);
    assert_eq!(html.len(), site_routes(&site).len());
    // The shell is the template, made fit for the strict policy: its start-up script in a
    // file, the policy in a meta tag, and the manifest linked.
    let shell = page(&pages, "shell.html");
    assert!(shell.contains("<noscript>Needs JavaScript</noscript>"), "{shell}");
    assert!(shell.contains("http-equiv=\"Content-Security-Policy\""), "{shell}");
    assert!(shell.contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">"), "{shell}");
    assert!(!shell.contains("init();"), "no inline script: {shell}");
    let start = pages.iter().find(|f| f.path.starts_with("start.")).expect("the start-up gate");
    let app = pages.iter().find(|f| f.path.starts_with("app-start.")).expect("Trunk's start-up");
    assert_eq!(app.contents, "import init from '/app.js'; init();");
    assert!(start.contents.contains(&format!("\"/{}\"", app.path)), "the gate imports it");
    assert!(shell.contains(&format!("<script type=\"module\" src=\"/{}\"></script>", start.path)));
}

#[test]
fn a_post_page_reads_fully_and_carries_its_preview_tags() {
    let pages = pages(&sample());
    let post = page(&pages, "2014/10/10/an-update-to-our-digital-strategy/index.html");
    let public = "https://digital-health.example.org/2014/10/10/an-update-to-our-digital-strategy/";
    let head = post.split("<body").next().unwrap();
    assert!(head.contains("<title>"), "{head}");
    for needle in [
        "<title>An update to our digital strategy - Digital health</title>".to_owned(),
        format!("<link href=\"{public}\" rel=\"canonical\">"),
        format!("<meta property=\"og:url\" content=\"{public}\">"),
        "<meta property=\"og:type\" content=\"article\">".to_owned(),
        "<meta property=\"og:title\" content=\"An update to our digital strategy\">".to_owned(),
        "<meta property=\"og:description\" content=\"We have refreshed our digital strategy.".to_owned(),
        "<meta property=\"article:published_time\" content=\"2014-10-10T09:00:00Z\">".to_owned(),
        "<meta name=\"twitter:card\" content=\"summary\">".to_owned(),
        "<link href=\"/feeds/blog.atom\" rel=\"alternate\"".to_owned(),
        "<h1 id=\"page-heading\" tabindex=\"-1\" class=\"govuk-heading-xl\">An update to our digital strategy</h1>".to_owned(),
        "Comment by <b class=\"app-comment__author\">simonfj</b>".to_owned(),
        "<a href=\"/projects/\">25 live projects</a>".to_owned(),
        "<script type=\"module\" src=\"/start.".to_owned(),
    ] {
        assert!(post.contains(&needle), "the post page lacks {needle}");
    }
    assert!(!post.contains("<base"), "fragment links must stay on the page");
    assert!(!post.contains("Loading"), "everything was awaited");
    let home = page(&pages, "index.html");
    assert!(home.contains("<meta property=\"og:type\" content=\"website\">"));
    assert!(home.contains("<a href=\"/page/2/\""), "pagination links to real paths");
    assert!(page(&pages, "404.html").contains("Page not found"));
    assert!(!page(&pages, "404.html").contains("\"canonical\""));
}

#[test]
fn hostile_content_arrives_in_the_html_as_text() {
    let payloads: Vec<String> =
        serde_json::from_str(include_str!("../../../tests/hostile-payloads.json"))
            .expect("payloads parse");
    let mut site = sample();
    let seed =
        site.posts.iter_mut().find(|p| p.slug == "an-update-to-our-digital-strategy").unwrap();
    seed.title = payloads[2].clone();
    seed.body = payloads.join("\n\n");
    seed.summary = Some(payloads[0].clone());
    for (i, comment) in
        site.comments.get_mut("an-update-to-our-digital-strategy").unwrap().iter_mut().enumerate()
    {
        comment.author = payloads[i].clone();
        comment.body = payloads[i + 10].clone();
    }
    for (project, payload) in site.projects.iter_mut().zip(&payloads) {
        project.name = payload.clone();
        project.url = payload.clone();
    }
    let problems = validate(&site);
    assert!(!problems.is_empty(), "the hostile links are reported when publishing");
    let pages = pages(&site);
    for path in [
        "2014/10/10/an-update-to-our-digital-strategy/index.html",
        "projects/index.html",
        "index.html",
    ] {
        let html = page(&pages, path);
        let body = html.split("<body").nth(1).unwrap();
        let body =
            body.split("<script type=\"application/json\" id=\"app-hydration\">").next().unwrap();
        let lower = body.to_ascii_lowercase();
        // Escaped text ("&lt;script", or src="javascript:…" inside it) is fine: only what is
        // inside a tag, after a raw "<" with no ">" since, is markup.
        let inside_tag = |at: usize| lower[..at].rfind('<') > lower[..at].rfind('>');
        // Attribute values are always double-quoted, and a quote inside one is escaped, so a real
        // `="javascript:` or ` onerror="` inside a tag is an attribute, not text.
        for bad in [
            "<script",
            "<iframe",
            "<object",
            "<embed",
            "<svg",
            "<img src=x",
            "=\"javascript:",
            "=\"vbscript:",
            "=\"data:text",
            " onerror=\"",
            " onload=\"",
            " onclick=\"",
            " onmouseover=\"",
            " onfocus=\"",
        ] {
            let hits: Vec<&str> = lower
                .match_indices(bad)
                .filter(|(i, _)| {
                    inside_tag(*i)
                        || (bad.starts_with('<') && !body[*i..].starts_with("<svg xmlns"))
                })
                .map(|(i, _)| &body[i.saturating_sub(40)..(i + 60).min(body.len())])
                .collect();
            assert!(hits.is_empty(), "{path}: {bad} reached the markup: {hits:#?}");
        }
    }
}

#[test]
fn the_menu_button_is_hidden_and_the_section_links_unfolded_until_the_app_runs() {
    let pages = pages(&sample());
    let home = page(&pages, "index.html");
    let tag_at = |needle: &str| {
        let at = home.find(needle).unwrap_or_else(|| panic!("the home page lacks {needle}"));
        let start = home[..at].rfind('<').unwrap();
        &home[start..start + home[start..].find('>').unwrap()]
    };
    let button = tag_at("govuk-service-navigation__toggle");
    assert!(button.starts_with("<button"), "{button}");
    for attribute in [" hidden", "aria-controls=\"app-sections\"", "aria-hidden=\"true\""] {
        assert!(button.contains(attribute), "the Menu button lacks {attribute}: {button}");
    }
    let list = tag_at("id=\"app-sections\"");
    assert!(list.starts_with("<ul"), "{list}");
    assert!(!list.contains("folded"), "without JavaScript the links are shown: {list}");
}

#[test]
fn embed_views_run_the_embed_script_and_the_latest_view_holds_every_count() {
    // Lists of ten: the latest view shows at most the home list's first page.
    let mut site = sample();
    site.posts_per_page = 10;
    let pages = pages(&site);
    let marker = "<meta name=\"app-load\" content=\"embed\">";
    for path in [
        "embed/latest/index.html",
        "embed/widget/index.html",
        "embed/themes/openness/index.html",
        "embed/projects/index.html",
        "embed/2014/10/10/an-update-to-our-digital-strategy/index.html",
    ] {
        let html = page(&pages, path);
        assert!(html.contains(marker), "{path} is not marked as an embed view");
        assert!(html.contains("<base target=\"_top\">"), "{path}: links open in the host page");
    }
    for path in [
        "embed/index.html",
        "index.html",
        "2014/10/10/an-update-to-our-digital-strategy/index.html",
    ] {
        assert!(!page(&pages, path).contains(marker), "{path} is not an embed view");
    }
    // The most a view may show (10), those after the default count (5) hidden.
    let latest = page(&pages, "embed/latest/index.html");
    let cards: Vec<&str> = latest
        .split("<li")
        .skip(1)
        .map(|rest| &rest[..rest.find('>').unwrap()])
        .filter(|tag| tag.contains("class=\"app-post-card\""))
        .collect();
    let hidden = cards.iter().map(|tag| tag.contains(" hidden")).collect::<Vec<_>>();
    assert_eq!(hidden, [[false; 5], [true; 5]].concat(), "{cards:?}");
    // Each build writes the embed script, with the sites allowed to embed the blog in it.
    let script = pages.iter().find(|f| f.path.starts_with("embed-view.")).expect("embed script");
    assert!(
        script.contents.contains(
            "const allowedOrigins = [\"https://intranet.example.org\",\"http://127.0.0.1:*\"];"
        ),
        "{}",
        &script.contents[..900]
    );
}

/// The sample site pre-rendered for a site served under `base` (`/intranet/strategy/`).
fn pages_under(site: &SiteContent, base: &str) -> Result<Vec<OutputFile>, String> {
    let template = TEMPLATE.replace("<base href=\"/\" />", &format!("<base href=\"{base}\" />"));
    prerender_site(site, &build_site(site), &template)
}

#[test]
fn a_site_under_a_path_of_any_depth_prerenders_every_page_with_its_content() {
    let site = sample();
    for base in ["/blog/", "/intranet/strategy/", "/a/b/c/"] {
        let pages = pages_under(&site, base).unwrap_or_else(|e| panic!("{base}: {e}"));
        for file in pages.iter().filter(|f| f.path.ends_with(".html") && f.path != "404.html") {
            assert!(
                !file.contents.contains("app-load-error")
                    && !file.contents.contains("Page not found"),
                "{base}{}: pre-rendered as a problem, not its content",
                file.path
            );
        }
        let post = page(&pages, "2014/10/10/an-update-to-our-digital-strategy/index.html");
        assert!(
            post.contains(">An update to our digital strategy</h1>"),
            "{base}: the post's own heading"
        );
        assert!(post.contains(&format!("<meta name=\"app-base\" content=\"{base}\">")), "{base}");
        assert!(post.contains(&format!("<a href=\"{base}projects/\">25 live projects</a>")));
    }
}

fn build_error(result: Result<Vec<OutputFile>, String>) -> String {
    result.err().unwrap_or_else(|| panic!("the build succeeded"))
}

#[test]
fn a_published_page_that_prerenders_as_not_found_or_a_problem_fails_naming_it() {
    let site = sample();
    let seed = "/intranet/strategy/2014/10/10/an-update-to-our-digital-strategy/";
    let template = TEMPLATE.replace("<base href=\"/\" />", "<base href=\"/intranet/strategy/\" />");
    let post_file = blog_core::data_paths::post("an-update-to-our-digital-strategy");

    // The post's data file missing: its page would be "Page not found".
    let missing: Vec<OutputFile> =
        build_site(&site).into_iter().filter(|f| f.path != post_file).collect();
    let problem = build_error(prerender_site(&site, &missing, &template));
    assert!(problem.contains(&format!("{seed}: shows \"Page not found\"")), "{problem}");

    // The post's data file damaged: its page would be "Sorry, there is a problem …".
    let mut damaged = build_site(&site);
    damaged.iter_mut().find(|f| f.path == post_file).expect("the post's data").contents =
        "{".into();
    let problem = build_error(prerender_site(&site, &damaged, &template));
    assert!(
        problem.contains(&format!("{seed}: shows \"Sorry, there is a problem loading this page\"")),
        "{problem}"
    );
    assert!(problem.contains(&post_file), "the cause: {problem}");
}

/// The data files a site publishes, as a data source reads them.
fn data_source(site: &SiteContent) -> strategy_blog::api::DataSource {
    let data = build_site(site)
        .into_iter()
        .filter(|f| f.path.starts_with("data/"))
        .map(|f| (f.path, f.contents))
        .collect();
    strategy_blog::api::DataSource::in_memory("/", data)
}

#[test]
fn one_address_renders_against_two_data_sources_in_one_process() {
    use strategy_blog::prerender::render_route;
    use strategy_blog::state::{BasePath, SiteUrl};

    let sample = sample();
    let synthetic = publish::content::synthetic_site(publish::content::SyntheticSize {
        posts: 30,
        comments: 10,
        comments_on_newest: 2,
    });
    let (base, url) = (BasePath::new("/"), SiteUrl("https://blog.example.gov.uk".into()));
    let newest = |site: &SiteContent| {
        site.posts.iter().max_by_key(|p| p.date).map(|p| p.title.clone()).expect("has posts")
    };
    let sources =
        [(data_source(&sample), newest(&sample)), (data_source(&synthetic), newest(&synthetic))];
    assert_ne!(sources[0].1, sources[1].1);
    // One after the other, then both at once on two threads: each page shows its own site's
    // newest post and nothing of the other's.
    for (source, title) in &sources {
        let page = render_route("/", &base, &url, source);
        assert!(page.problems.is_empty(), "{:?}", page.problems);
        assert!(page.body.contains(&escape(title)), "{title} missing");
    }
    std::thread::scope(|scope| {
        let renders: Vec<_> = sources
            .iter()
            .map(|(source, title)| {
                let (base, url) = (base.clone(), url.clone());
                scope.spawn(move || (render_route("/", &base, &url, source).body, title))
            })
            .collect();
        let bodies: Vec<_> = renders.into_iter().map(|r| r.join().expect("renders")).collect();
        for (body, title) in &bodies {
            assert!(body.contains(&escape(title)), "{title} missing");
        }
        assert!(!bodies[0].0.contains(&escape(bodies[1].1)));
        assert!(!bodies[1].0.contains(&escape(bodies[0].1)));
    });
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
