//! A post's problems (slug, title, authors, date, references), and any body's links and
//! images.

use super::*;

pub(super) fn check_posts(content: &SiteContent, known: &Known<'_>, problems: &mut Vec<Problem>) {
    let mut seen: HashMap<String, Origin> = HashMap::new();
    for post in &content.posts {
        check_slug(&post.origin_of("slug"), &post.slug, &mut seen, problems);
        if post.title.trim().is_empty() {
            problems.push(Problem::new(post.origin_of("title"), "title", "a post needs a title"));
        }
        if post.authors.is_empty() {
            problems.push(Problem::new(
                post.origin_of("authors"),
                "authors",
                "a post needs at least one author slug",
            ));
        }
        for (field, names, file, list) in [
            ("authors", &post.authors, "authors.toml", &known.authors),
            ("categories", &post.categories, "categories.toml", &known.categories),
            ("themes", &post.themes, "themes.toml", &known.themes),
            ("projects", &post.projects, "projects.toml", &known.projects),
        ] {
            for name in names {
                if !list.contains(&name.as_str()) {
                    problems.push(Problem::new(
                        post.origin_of(field),
                        field,
                        unknown(name, file, list),
                    ));
                }
            }
        }
        for (i, tag) in post.tags.iter().enumerate() {
            // A tag's page is at its name made into a slug (or the slug its source keeps); a
            // name with no letter or digit has no such page to link to.
            let slug = post.tag_slugs.get(i).cloned().unwrap_or_else(|| slugify(tag));
            if slug.is_empty() {
                problems.push(Problem::new(
                    post.origin_of("tags"),
                    "tags",
                    format!("{tag:?} has no letter or digit, so it cannot have a page"),
                ));
            }
        }
        // Links in a Markdown body are the writers' to fix; WordPress's HTML was written
        // elsewhere, and its addresses were checked by the sanitiser.
        if post.body_format == BodyFormat::Markdown {
            check_body(content, known, &post.origin, post.body_line, &post.body, problems);
        }
    }
}

pub(super) fn check_body(
    content: &SiteContent,
    known: &Known<'_>,
    file: &str,
    body_line: usize,
    body: &str,
    problems: &mut Vec<Problem>,
) {
    for link in links_in(body) {
        let origin = Origin::new(file, Some(body_line + link.line - 1));
        if link.is_image && link.text.trim().is_empty() {
            problems.push(Problem::new(
                origin.clone(),
                "body",
                format!("the image {} has no alt text: write what it shows in the brackets, ![like this]({})", link.url, link.url),
            ));
        }
        let url = link.url.as_str();
        let lower = url.to_ascii_lowercase();
        let external = lower.starts_with("https://")
            || lower.starts_with("http://")
            || lower.starts_with("mailto:")
            || lower.starts_with("tel:");
        if external || url.starts_with('#') {
            continue;
        }
        if url.starts_with('/') && !url.starts_with("//") {
            if let Some(reason) = known.broken(content, url) {
                problems.push(Problem::new(
                    origin,
                    "body",
                    format!("the link {url} is broken: {reason}"),
                ));
            }
        } else {
            problems.push(Problem::new(
                origin,
                "body",
                format!("the link {url:?} is neither a web address nor a site path: write site paths from the root, such as /projects/"),
            ));
        }
    }
}
