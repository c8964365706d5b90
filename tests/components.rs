//! Components rendered in headless Chromium (run by `scripts/test` through wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use leptos::prelude::*;
use strategy_blog::api::{provide_data_source, DataSource, LoadError};
use strategy_blog::components::{
    BelowTheFold, Byline, CommentForm, CommentThread, LoadErrorPanel, PaginationNav, PublishedBody,
    Section, SectionLink, SectionsMenu, WordPressBody, FIRST_COMMENTS, SECTIONS_MENU_ID,
};
use strategy_blog::model::{Comment, Term, Timestamp};
use strategy_blog::routes::Route;
use strategy_blog::state::{provide_base_path, provide_navigation, BasePath};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a view into a fresh element of the test page and returns that element.
fn mount<F, N>(view: F) -> HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let document = web_sys::window().unwrap().document().unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), view).forget();
    container
}

fn select(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn term(slug: &str, name: &str) -> Term {
    Term { slug: slug.into(), name: name.into() }
}

#[wasm_bindgen_test]
fn byline_reads_as_on_govuk_blogs_with_a_machine_readable_date() {
    let root = mount(|| {
        view! {
            <Byline
                authors=vec![term("head-of-digital", "Head of Digital"), term("cto", "Chief Technology Officer")]
                date=Timestamp::parse("2014-10-10T09:00:00Z").unwrap()
                categories=vec![term("strategy", "Strategy")]
            />
        }
    });
    let text = root.text_content().unwrap();
    assert_eq!(
        text,
        "Posted by: Head of Digital, Chief Technology Officer, Posted on: 10 October 2014 - Categories: Strategy"
    );
    let time = select(&root, "time");
    assert_eq!(time.get_attribute("datetime").unwrap(), "2014-10-10T09:00:00Z");
    let labels = root.query_selector_all(".govuk-visually-hidden").unwrap();
    assert_eq!(labels.length(), 3, "the three labels are for screen readers only");
}

#[wasm_bindgen_test]
fn comment_thread_nests_replies_anchors_each_comment_and_keeps_markup_as_text() {
    let comment = |id, parent, author: &str, body: &str| Comment {
        id,
        parent,
        author: author.into(),
        date: Timestamp::parse("2014-10-13T08:41:00Z").unwrap(),
        body: body.into(),
    };
    let comments = vec![
        comment(1, None, "simonfj", "First paragraph.\n\nSecond, see https://www.gov.uk/."),
        comment(2, Some(1), "<b>Mallory</b>", "<script>window.hacked = true</script>"),
    ];
    let root = mount(move || view! { <CommentThread comments /> });
    assert_eq!(select(&root, "h2").text_content().unwrap(), "2 comments");
    let first = select(&root, "#comment-1");
    assert!(first.text_content().unwrap().contains("Comment by simonfj posted on 13 October 2014"));
    assert_eq!(select(&first, ".app-comment__link a").get_attribute("href").unwrap(), "#comment-1");
    let link = select(&first, ".app-comment__body a");
    assert_eq!(link.get_attribute("href").unwrap(), "https://www.gov.uk/");
    let reply = select(&first, "ol #comment-2");
    assert!(
        reply
            .query_selector(".app-comment__body script, .app-comment__author b")
            .unwrap()
            .is_none(),
        "markup stays text"
    );
    assert!(reply.text_content().unwrap().contains("<script>window.hacked = true</script>"));
}

/// Lets the browser run the tasks queued before this one (timers due, events, effects).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits, a task at a time, until `condition` holds, and fails naming `what` after two
/// seconds: a test waits as long as the browser needs, and no longer.
async fn wait_until(what: &str, condition: impl Fn() -> bool) {
    let start = js_sys::Date::now();
    while !condition() {
        assert!(js_sys::Date::now() - start < 2000.0, "gave up waiting for {what}");
        next_task().await;
    }
}

/// Waits until every image in `root` has loaded or failed, then for the events that queued:
/// a hostile `onerror` that survived sanitising would have run by then.
async fn images_settled(root: &HtmlElement) {
    let images = root.query_selector_all("img").unwrap();
    let complete = |i| {
        let image = images.item(i).unwrap();
        js_sys::Reflect::get(&image, &"complete".into()).unwrap().is_truthy()
    };
    wait_until("the images to load or fail", || (0..images.length()).all(complete)).await;
    next_task().await;
}

#[wasm_bindgen_test]
async fn a_long_thread_arrives_in_batches_in_order_and_all_at_once_when_asked() {
    let comments = |count: u64| -> Vec<Comment> {
        (1..=count)
            .map(|id| Comment {
                id,
                parent: None,
                author: format!("Reader {id}"),
                date: Timestamp::from_unix_seconds(1_400_000_000 + id as i64 * 60),
                body: format!("Comment number {id}."),
            })
            .collect()
    };
    let batched = mount(move || view! { <CommentThread comments=comments(250) /> });
    let shown = || batched.query_selector_all(".app-comment").unwrap().length();
    assert_eq!(shown(), FIRST_COMMENTS as u32, "the first comments at once");
    wait_until("the rest of the comments", || shown() == 250).await;
    assert_eq!(shown(), 250, "the rest follow");
    let ids: Vec<String> = (0..250)
        .map(|i| {
            let item = batched.query_selector_all(".app-comment").unwrap().item(i).unwrap();
            item.unchecked_into::<web_sys::Element>().id()
        })
        .collect();
    let expected: Vec<String> = (1..=250).map(|id| format!("comment-{id}")).collect();
    assert_eq!(ids, expected, "in order, each once");
    assert_eq!(batched.query_selector_all("ol.app-comments__list").unwrap().length(), 1);
    // Only the comments after the first run are left to be laid out when they near the screen.
    let later =
        |root: &HtmlElement| root.query_selector_all(".app-comment--later").unwrap().length();
    assert_eq!(later(&batched), 250 - FIRST_COMMENTS as u32);
    assert!(batched.query_selector("#comment-10.app-comment--later").unwrap().is_none());
    assert!(batched.query_selector("#comment-11.app-comment--later").unwrap().is_some());

    let whole = mount(move || view! { <CommentThread comments=comments(250) all_at_once=true /> });
    assert_eq!(whole.query_selector_all(".app-comment").unwrap().length(), 250);
    assert_eq!(later(&whole), 250 - FIRST_COMMENTS as u32);
}

#[wasm_bindgen_test]
fn pagination_marks_the_current_page_and_links_the_others_under_the_base_path() {
    let root = mount(|| {
        provide_base_path(BasePath::new("/blog/"));
        view! { <PaginationNav route=Route::Home { page: 5 } page=5 total_pages=10 /> }
    });
    let current = select(&root, "[aria-current=page]");
    assert_eq!(current.text_content().unwrap().trim(), "5");
    assert_eq!(select(&root, "a[rel=prev]").get_attribute("href").unwrap(), "/blog/page/4/");
    assert_eq!(select(&root, "a[rel=next]").get_attribute("href").unwrap(), "/blog/page/6/");
    assert_eq!(select(&root, "a[aria-label='Page 1']").get_attribute("href").unwrap(), "/blog/");
    assert_eq!(root.query_selector_all(".govuk-pagination__item--ellipsis").unwrap().length(), 2);
}

#[wasm_bindgen_test]
fn load_error_panel_explains_and_retries() {
    let retries = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&retries);
    let error = LoadError::NotFound { url: "data/posts.json".into() };
    let root = mount(move || {
        view! { <LoadErrorPanel error retry=move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
        } page_level=true /> }
    });
    assert_eq!(
        select(&root, "h1").text_content().unwrap(),
        "Sorry, there is a problem loading this page"
    );
    let text = root.text_content().unwrap();
    assert!(text.contains("Some of the content for this page is missing."), "{text}");
    assert!(text.contains("data/posts.json was not found (HTTP 404)"), "{text}");
    select(&root, "button").click();
    select(&root, "button").click();
    assert_eq!(retries.load(Ordering::SeqCst), 2);
}

const HOSTILE_WORDPRESS_BODY: &str = r#"<h1>Inner title</h1><p onclick="window.__hit=1" style="color:red" id="x">Text
        <a href="https://www.gov.uk/" target="_blank">GOV.UK</a>
        <a href="javascript:window.__hit=2">bad</a>
        <a href="vbscript:msgbox(1)">old</a> <a href=" data:text/html,<b>x</b>">data</a>
        <blockquote cite="VBScript:msgbox(2)">quoted</blockquote></p>
        <script>window.__hit=3</script><img src="data:," onerror="window.__hit=4" alt="pixel">
        <div><table><tr><th scope="col">Phase</th></tr><tr><td>Live</td></tr></table></div>
        <iframe src="https://example.org/"></iframe><form><input name="q"></form>
        <svg><script>window.__hit=5</script></svg><!-- a note -->"#;

/// What both sanitising paths must leave of [`HOSTILE_WORDPRESS_BODY`].
fn assert_only_safe_structure(body: &HtmlElement) {
    let inner = body.inner_html();
    for gone in [
        "<script",
        "<iframe",
        "<form",
        "<input",
        "<svg",
        "<h1",
        "onclick",
        "onerror",
        "style=",
        "id=",
        "javascript:",
        "vbscript:",
        "data:",
        "target=",
        "<!--",
    ] {
        assert!(!inner.contains(gone), "{gone} survived: {inner}");
    }
    assert_eq!(select(body, "a[href='https://www.gov.uk/']").text_content().unwrap(), "GOV.UK");
    assert!(inner.contains("Inner title"), "an H1's text stays, without the H1: {inner}");
    assert_eq!(select(body, "th").get_attribute("scope").as_deref(), Some("col"));
    assert_eq!(select(body, "td").text_content().as_deref(), Some("Live"));
    // Links whose address no Markdown link may have keep their words, and no address.
    assert_eq!(body.query_selector_all("a[href]").unwrap().length(), 1, "{inner}");
    assert!(inner.contains("old") && inner.contains("quoted"), "{inner}");
    // `data:,` is not an image address Markdown allows either: the image keeps no source.
    assert_eq!(select(body, "img").get_attribute("src"), None);
    let hit = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__hit".into()).unwrap();
    assert!(hit.is_undefined(), "something ran: {hit:?}");
}

#[wasm_bindgen_test]
async fn a_wordpress_body_keeps_its_text_structure_and_loses_everything_hostile() {
    let root = mount(move || view! { <WordPressBody html=HOSTILE_WORDPRESS_BODY.to_owned() /> });
    let body = select(&root, ".app-prose");
    wait_until("the sanitised body", || body.child_element_count() > 0).await;
    images_settled(&body).await;
    assert_only_safe_structure(&body);
    assert_eq!(select(&body, "img").get_attribute("alt").as_deref(), Some("pixel"));
}

/// The path for browsers without the HTML Sanitizer API.
#[wasm_bindgen_test]
async fn without_the_sanitizer_api_the_body_is_rebuilt_from_the_allowlist() {
    let root = mount(|| view! { <div class="app-prose"></div> });
    let body = select(&root, ".app-prose");
    let wordpress = &strategy_blog::safe_html::allowlist::WORDPRESS;
    assert!(strategy_blog::platform::sanitise::rebuild_allowed(
        &body,
        HOSTILE_WORDPRESS_BODY,
        wordpress
    ));
    images_settled(&body).await;
    assert_only_safe_structure(&body);
}

/// A body as the publish step renders it from Markdown, with what a tampered data file could
/// add to it.
const PUBLISHED_BODY: &str = r##"<h2 id="plan">Plan</h2><p>See <a href="/projects/">the register</a><sup class="footnote-reference"><a href="#n">1</a></sup> and <del>old</del> <a href="https://www.gov.uk/">GOV.UK</a>.</p><ol start="3"><li>three</li></ol><table><thead><tr><th class="app-align-right">n</th></tr></thead></table><p onclick="window.__hit=6" style="color:red">x<script>window.__hit=7</script><a href="javascript:window.__hit=8">j</a></p><iframe src="https://example.org/"></iframe><div class="footnote-definition" id="n"><sup class="footnote-definition-label">1</sup><p>A note.</p></div>"##;

/// What both sanitising paths must leave of [`PUBLISHED_BODY`], shown under `/blog/`.
fn assert_published_structure(body: &HtmlElement) {
    let inner = body.inner_html();
    for gone in ["<script", "<iframe", "onclick", "style=", "javascript:"] {
        assert!(!inner.contains(gone), "{gone} survived: {inner}");
    }
    for kept in [
        "h2#plan",
        "a[href='/blog/projects/']",
        "sup.footnote-reference a[href='#n']",
        "del",
        "ol[start='3']",
        "th.app-align-right",
        "div.footnote-definition#n",
        "a[href='https://www.gov.uk/']",
    ] {
        assert!(body.query_selector(kept).unwrap().is_some(), "{kept} is gone: {inner}");
    }
    let hit = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__hit".into()).unwrap();
    assert!(hit.is_undefined(), "something ran: {hit:?}");
}

#[wasm_bindgen_test]
async fn a_published_body_keeps_what_markdown_makes_under_the_base_and_nothing_hostile() {
    let root = mount(|| {
        provide_base_path(BasePath::new("/blog/"));
        view! { <PublishedBody html=PUBLISHED_BODY.to_owned() /> }
    });
    let body = select(&root, ".app-prose");
    wait_until("the sanitised body", || body.child_element_count() > 0).await;
    assert_published_structure(&body);
}

#[wasm_bindgen_test]
async fn without_the_sanitizer_api_a_published_body_keeps_the_same() {
    let root = mount(|| {
        provide_base_path(BasePath::new("/blog/"));
        view! { <PublishedBody html=String::new() /> }
    });
    let body = select(&root, ".app-prose");
    let published = &strategy_blog::safe_html::allowlist::PUBLISHED;
    assert!(strategy_blog::platform::sanitise::rebuild_allowed(&body, PUBLISHED_BODY, published));
    strategy_blog::platform::sanitise::put_under_base(&body, "/blog/");
    assert_published_structure(&body);
}

#[wasm_bindgen_test]
async fn the_comment_form_lists_every_error_and_marks_each_field() {
    let root = mount(|| {
        provide_base_path(BasePath::new("/"));
        // Nothing is sent: the form refuses an empty comment before it reaches the source.
        provide_data_source(DataSource::network("/"));
        view! { <CommentForm slug="component-test".to_owned() shown_ids=Signal::derive(|| None) /> }
    });
    // The form's effects (restoring a draft) run before the reader can act.
    leptos::task::tick().await;
    select(&root, "button[type=submit]").click();
    let summary = ".govuk-error-summary__list a";
    wait_until("the error summary", || root.query_selector(summary).unwrap().is_some()).await;
    let links: Vec<String> = {
        let list = root.query_selector_all(".govuk-error-summary__list a").unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap()).collect()
    };
    assert_eq!(links, ["Enter your name", "Enter your email address", "Enter your comment"]);
    assert_eq!(
        select(&root, ".govuk-error-summary__list a").get_attribute("href").as_deref(),
        Some("#comment-name")
    );
    assert_eq!(root.query_selector_all(".govuk-form-group--error").unwrap().length(), 3);
    assert_eq!(
        select(&root, "#comment-body").get_attribute("aria-describedby").as_deref(),
        Some("comment-body-hint comment-body-error")
    );
    assert!(select(&root, "#comment-name-error")
        .text_content()
        .unwrap()
        .contains("Enter your name"));
}

#[wasm_bindgen_test]
async fn below_the_fold_waits_for_a_frame_only_on_a_page_the_reader_moved_to() {
    let page = |moved_here: bool| {
        move || {
            let navigation = provide_navigation();
            navigation.first_heading_shown.set_value(moved_here);
            view! {
                <h1>"Top"</h1>
                <BelowTheFold><p class="lower">"Comments and related posts"</p></BelowTheFold>
            }
        }
    };
    let first = mount(page(false));
    assert!(first.query_selector(".lower").unwrap().is_some(), "the first page has it at once");

    let moved = mount(page(true));
    assert!(moved.query_selector("h1").unwrap().is_some());
    assert!(moved.query_selector(".lower").unwrap().is_none(), "not before the top is drawn");
    wait_until("the lower part", || moved.query_selector(".lower").unwrap().is_some()).await;
    assert_eq!(moved.query_selector_all(".lower").unwrap().length(), 1, "then once");
}

#[wasm_bindgen_test]
fn wordpress_text_decodes_every_entity_with_the_browsers_parser_and_runs_no_markup() {
    use strategy_blog::wordpress::html_to_text;
    assert_eq!(
        html_to_text(
            "Caf&eacute; &mdash; 5&nbsp;km &frac12; &NotNestedGreaterGreater; &#8217;&amp"
        ),
        "Café — 5 km ½ \u{2aa2}\u{338} ’&"
    );
    assert_eq!(html_to_text("&unknown; &#0; &#1;&"), "&unknown; \u{fffd} &");
    // Markup spelled with references stays text.
    assert_eq!(html_to_text("&lt;img src=x onerror=alert(1)&gt;"), "<img src=x onerror=alert(1)>");
}

#[wasm_bindgen_test]
async fn the_menu_button_appears_once_the_app_runs_and_folds_and_unfolds_the_links() {
    let root = mount(|| {
        let links = vec![
            SectionLink { section: Section::Posts, label: "Posts", href: "/".into() },
            SectionLink { section: Section::Themes, label: "Themes", href: "/themes/".into() },
        ];
        view! { <SectionsMenu links current=Signal::derive(|| Section::Themes) /> }
    });
    let button = select(&root, "button.govuk-service-navigation__toggle");
    let list = select(&root, "ul");
    assert_eq!(list.id(), SECTIONS_MENU_ID);
    assert_eq!(button.get_attribute("aria-controls").as_deref(), Some(SECTIONS_MENU_ID));
    assert!(button.has_attribute("hidden"), "hidden while rendering, as in the pre-rendered page");
    let expanded = || button.get_attribute("aria-expanded").unwrap_or_default();
    let folded = || list.get_attribute("class").unwrap_or_default().contains("--folded");
    assert!(!folded(), "the links are shown while rendering");

    wait_until("the Menu button", || !button.has_attribute("hidden")).await;
    assert!(!button.has_attribute("aria-hidden"));
    assert_eq!(expanded(), "false");
    assert!(folded(), "once the app runs, the menu starts closed");
    let current = select(&root, "a[aria-current=true]");
    assert_eq!(current.text_content().unwrap(), "Themes");

    button.click();
    wait_until("the menu to open", || expanded() == "true").await;
    assert!(!folded());
    button.click();
    wait_until("the menu to close", || expanded() == "false").await;
    assert!(folded());
}
