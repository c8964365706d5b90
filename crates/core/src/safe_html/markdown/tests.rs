use super::*;

fn html(source: &str) -> String {
    render_markdown(source).html.into_string()
}

#[test]
fn can_render_paragraphs_lists_and_emphasis() {
    let out = html("Some *words*.\n\n1. One\n2. Two\n\n- a\n- b\n");
    assert!(out.contains("<p>Some <em>words</em>.</p>"), "{out}");
    assert!(out.contains("<ol>\n<li>One</li>"), "{out}");
    assert!(out.contains("<ul>\n<li>a</li>"), "{out}");
}

#[test]
fn can_render_quotes_links_images_tables_and_footnotes() {
    let out = html(
        "> Quoted\n\n[GOV.UK](https://www.gov.uk/)\n\n![A chart](/img/chart.png)\n\n\
         | a | b |\n|---|---|\n| 1 | 2 |\n\nClaim.[^1]\n\n[^1]: Source.\n",
    );
    assert!(out.contains("<blockquote>\n<p>Quoted</p>\n</blockquote>"), "{out}");
    assert!(out.contains(r#"<a href="https://www.gov.uk/">GOV.UK</a>"#), "{out}");
    assert!(out.contains(r#"<img src="/img/chart.png" alt="A chart" />"#), "{out}");
    assert!(out.contains("<table>") && out.contains("<td>2</td>"), "{out}");
    assert!(out.contains("footnote-reference") && out.contains("footnote-definition"), "{out}");
}

#[test]
fn headings_start_at_level_two_and_get_unique_ids() {
    let rendered = render_markdown("# Why\n\n### How we *work*\n\n# Why\n");
    assert!(
        rendered.html.as_str().contains(r#"<h2 id="why">Why</h2>"#),
        "{}",
        rendered.html.as_str()
    );
    assert!(rendered.html.as_str().contains(r#"<h3 id="how-we-work">How we <em>work</em></h3>"#));
    assert!(rendered.html.as_str().contains(r#"<h2 id="why-2">Why</h2>"#));
    let ids: Vec<_> = rendered.headings.iter().map(|h| (h.level, h.id.as_str())).collect();
    assert_eq!(ids, [(2, "why"), (3, "how-we-work"), (2, "why-2")]);
    assert_eq!(rendered.headings[1].text, "How we work");
}

#[test]
fn counts_words_for_reading_time() {
    assert_eq!(render_markdown("One two three.\n\n- four five\n").word_count, 5);
}

#[test]
fn raw_html_is_shown_as_text() {
    let out = html("<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> there\n");
    assert!(!out.contains("<script"), "{out}");
    assert!(!out.contains("<img"), "{out}");
    assert!(out.contains("&lt;script&gt;"), "{out}");
    assert!(out.contains("&lt;img src=x onerror=alert(1)&gt;"), "{out}");
}

#[test]
fn unsafe_links_keep_their_text_but_lose_the_link() {
    for source in [
        "[click](javascript:alert(1))",
        "[click](JavaScript:alert(1))",
        "[click](jav&#x09;ascript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
        "[click][ref]\n\n[ref]: javascript:alert(1)",
    ] {
        let out = html(source);
        assert!(!out.contains("<a"), "{source} gave {out}");
        assert!(out.contains("click"), "{source} gave {out}");
    }
    assert!(!html("<javascript:alert(1)>").contains("href"));
}

#[test]
fn unsafe_images_are_dropped_but_their_alt_text_stays() {
    let out =
        html("![a picture](javascript:alert(1)) and ![svg](data:image/svg+xml;base64,PHN2Zz4=)");
    assert!(!out.contains("<img"), "{out}");
    assert!(out.contains("a picture") && out.contains("svg"), "{out}");
}

#[test]
fn attribute_breaking_text_in_urls_and_titles_is_escaped() {
    let out = html(r#"[x](https://a.example/" onmouseover="alert(1) "t")"#);
    assert!(!out.contains(r#"" onmouseover"#), "{out}");
}

#[test]
fn site_paths_get_the_base_path_but_other_links_do_not() {
    let out = render_markdown_under(
        "[register](/projects/) [gov](https://www.gov.uk/) [x](//cdn.example/x) [up](#top) ![c](/images/c.svg)",
        "/blog/",
    )
    .html
    .into_string();
    assert!(out.contains(r#"href="/blog/projects/""#), "{out}");
    assert!(out.contains(r#"href="https://www.gov.uk/""#), "{out}");
    assert!(out.contains(r#"href="//cdn.example/x""#), "{out}");
    assert!(out.contains(r##"href="#top""##), "{out}");
    assert!(out.contains(r#"src="/blog/images/c.svg""#), "{out}");
}

#[test]
fn table_alignment_is_a_class_not_an_inline_style() {
    let out = html("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |");
    assert!(!out.contains("style="), "{out}");
    assert!(out.contains(r#"<th class="app-align-left">a</th>"#), "{out}");
    assert!(out.contains(r#"<td class="app-align-center">2</td>"#), "{out}");
    assert!(out.contains(r#"<td class="app-align-right">3</td>"#), "{out}");
}
