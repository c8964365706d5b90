//! Markdown to safe HTML, for post bodies.
//!
//! One public function, [`render_markdown`], which returns the HTML with what the page needs
//! besides it (the headings for a table of contents, the word count for reading time).
//! Output is changed by rewriting pulldown-cmark's event stream, never by editing HTML text.

mod inspect;
mod safe_url;

pub use crate::slug::slugify;
pub use inspect::{links_in, LinkUse};
pub use safe_url::{is_safe_image_url, is_safe_link_url};

pub use super::SafeHtml;

use pulldown_cmark::{html, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// A heading in a rendered body, for the table of contents (and in a post's data file, which
/// carries its rendered body's headings).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Heading {
    /// 2 to 6: the page title is the only level 1 heading, so a body's level 1 becomes 2.
    pub level: u8,
    /// The element id, unique within the body.
    pub id: String,
    pub text: String,
}

/// A rendered Markdown body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedMarkdown {
    /// Safe to insert into the page: raw HTML from the source is escaped, and links and images
    /// with unsafe URLs are reduced to their text.
    pub html: SafeHtml,
    pub headings: Vec<Heading>,
    pub word_count: usize,
}

/// Renders a post body for a site at the root of its domain.
pub fn render_markdown(source: &str) -> RenderedMarkdown {
    render_markdown_under(source, "")
}

/// Renders a post body for a site served under `base` (such as `/blog`): links and images
/// written as site paths (`/projects/`) get the base in front.
pub fn render_markdown_under(source: &str, base: &str) -> RenderedMarkdown {
    let events = Parser::new_ext(source, markdown_options());
    let mut rewriter =
        Rewriter { base: base.trim_end_matches('/').to_owned(), ..Rewriter::default() };
    let events = rewriter.rewrite(events);
    let mut out = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    RenderedMarkdown {
        html: SafeHtml(alignment_as_classes(out)),
        headings: rewriter.headings,
        word_count: rewriter.word_count,
    }
}

/// pulldown-cmark aligns table columns with `style` attributes, which a Content-Security-Policy
/// without `'unsafe-inline'` blocks; classes do the same job. Raw HTML in the source is escaped,
/// so these attributes can only have come from the renderer.
fn alignment_as_classes(html: String) -> String {
    if !html.contains(" style=\"text-align: ") {
        return html;
    }
    ["left", "center", "right"].iter().fold(html, |html, side| {
        html.replace(
            &format!(" style=\"text-align: {side}\""),
            &format!(" class=\"app-align-{side}\""),
        )
    })
}

/// The Markdown the blog accepts: CommonMark with tables, footnotes and strikethrough, and
/// typographic quotes and dashes. (The publish tool's excerpts read Markdown with the same.)
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
}

#[derive(Default)]
struct Rewriter {
    base: String,
    headings: Vec<Heading>,
    word_count: usize,
}

impl Rewriter {
    fn rewrite<'a>(&mut self, events: impl Iterator<Item = Event<'a>>) -> Vec<Event<'a>> {
        let mut out = Vec::new();
        // For each open link or image: whether its tags were dropped as unsafe.
        let mut dropped: Vec<bool> = Vec::new();
        // Events of the heading being read, held back until its text gives it an id.
        let mut heading: Option<(HeadingLevel, Vec<Event<'a>>)> = None;

        for event in events {
            let event = match event {
                // Raw HTML is shown as the text it is.
                Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
                Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                    let unsafe_url = !is_safe_link_url(&dest_url);
                    dropped.push(unsafe_url);
                    if unsafe_url {
                        continue;
                    }
                    let dest_url = self.with_base(dest_url);
                    Event::Start(Tag::Link { link_type, dest_url, title, id })
                }
                Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                    let unsafe_url = !is_safe_image_url(&dest_url);
                    dropped.push(unsafe_url);
                    if unsafe_url {
                        continue;
                    }
                    let dest_url = self.with_base(dest_url);
                    Event::Start(Tag::Image { link_type, dest_url, title, id })
                }
                Event::End(end @ (TagEnd::Link | TagEnd::Image)) => {
                    if dropped.pop().unwrap_or(false) {
                        continue;
                    }
                    Event::End(end)
                }
                Event::Start(Tag::Heading { level, .. }) => {
                    heading = Some((demote(level), Vec::new()));
                    continue;
                }
                Event::End(TagEnd::Heading(_)) => {
                    if let Some((level, inner)) = heading.take() {
                        self.close_heading(level, inner, &mut out);
                    }
                    continue;
                }
                other => other,
            };
            if let Event::Text(text) | Event::Code(text) = &event {
                self.word_count += text.split_whitespace().count();
            }
            match &mut heading {
                Some((_, inner)) => inner.push(event),
                None => out.push(event),
            }
        }
        out
    }

    fn close_heading<'a>(
        &mut self,
        level: HeadingLevel,
        inner: Vec<Event<'a>>,
        out: &mut Vec<Event<'a>>,
    ) {
        let text: String = inner
            .iter()
            .filter_map(|e| match e {
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        let id = self.unique_id(&slugify(&text));
        out.push(Event::Start(Tag::Heading {
            level,
            id: Some(CowStr::from(id.clone())),
            classes: Vec::new(),
            attrs: Vec::new(),
        }));
        out.extend(inner);
        out.push(Event::End(TagEnd::Heading(level)));
        self.headings.push(Heading { level: level as u8, id, text });
    }

    fn with_base<'a>(&self, url: CowStr<'a>) -> CowStr<'a> {
        if !self.base.is_empty() && url.starts_with('/') && !url.starts_with("//") {
            CowStr::from(format!("{}{}", self.base, url))
        } else {
            url
        }
    }

    fn unique_id(&self, base: &str) -> String {
        let base = if base.is_empty() { "section" } else { base };
        let taken = |id: &str| self.headings.iter().any(|h| h.id == id);
        if !taken(base) {
            return base.to_owned();
        }
        (2..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).expect("unbounded")
    }
}

/// The page title is the only H1, so a body's `#` headings become H2; others keep their level.
fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        other => other,
    }
}

#[cfg(test)]
mod tests;
