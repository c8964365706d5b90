use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::markdown_options;

/// A link or image in a Markdown text, for the publish step's checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkUse {
    pub url: String,
    /// 1-based, within the text given.
    pub line: usize,
    pub is_image: bool,
    /// An image's alt text, or a link's words.
    pub text: String,
}

/// Every link and image in `source`, with the line it starts on.
pub fn links_in(source: &str) -> Vec<LinkUse> {
    let line_of = |offset: usize| source[..offset.min(source.len())].matches('\n').count() + 1;
    let mut found: Vec<LinkUse> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for (event, range) in Parser::new_ext(source, markdown_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                open.push(found.len());
                found.push(LinkUse {
                    url: dest_url.to_string(),
                    line: line_of(range.start),
                    is_image: false,
                    text: String::new(),
                });
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                let is_image = true;
                open.push(found.len());
                found.push(LinkUse {
                    url: dest_url.to_string(),
                    line: line_of(range.start),
                    is_image,
                    text: String::new(),
                });
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                open.pop();
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some(&at) = open.last() {
                    found[at].text.push_str(&text);
                }
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_links_and_images_with_their_lines_and_words() {
        let found = links_in("Intro [the *register*](/projects/).\n\n![](/images/a.svg)\n\n![A chart](/images/b.svg)\n");
        assert_eq!(found.len(), 3);
        assert_eq!(
            (found[0].url.as_str(), found[0].line, found[0].is_image),
            ("/projects/", 1, false)
        );
        assert_eq!(found[0].text, "the register");
        assert_eq!((found[1].line, found[1].is_image, found[1].text.as_str()), (3, true, ""));
        assert_eq!(found[2].text, "A chart");
    }

    #[test]
    fn reference_links_are_found_where_they_are_used() {
        let found = links_in("One\n\nSee [it][r].\n\n[r]: /themes/\n");
        assert_eq!((found[0].url.as_str(), found[0].line), ("/themes/", 3));
    }
}
