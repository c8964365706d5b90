//! Reading the content folder's files: text, TOML with line numbers, front matter, posts and
//! pages, and the lists of files. Every failure becomes a `Problem`.

use super::*;

pub(super) fn display(path: &Path) -> String {
    path.display().to_string()
}

pub(super) fn read_text(path: &Path, problems: &mut Vec<Problem>) -> Option<String> {
    fs::read_to_string(path)
        .map_err(|err| {
            problems.push(Problem::new(
                Origin::new(display(path), None),
                "file",
                format!("cannot be read: {err}"),
            ))
        })
        .ok()
}

/// Decodes TOML, reporting a mistake at its line (counting from `first_line`).
pub(super) fn parse_toml<T: DeserializeOwned>(
    path: &Path,
    lines: &Lines,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    toml::from_str(&lines.text)
        .map_err(|err| {
            let line = err.span().map(|span| lines.at(span.start));
            let message = err.message().trim().replace('\n', " ");
            problems.push(Problem::new(Origin::new(display(path), line), "toml", message));
        })
        .ok()
}

pub(super) fn read_toml<T: DeserializeOwned>(
    path: &Path,
    problems: &mut Vec<Problem>,
) -> Option<(T, Lines)> {
    let lines = Lines { text: read_text(path, problems)?, first_line: 1 };
    let value = parse_toml(path, &lines, problems)?;
    Some((value, lines))
}

/// A Markdown file's front matter, decoded with its line numbers, the body, and the line the
/// body starts on.
pub(super) fn read_front_matter<T: DeserializeOwned>(
    path: &Path,
    problems: &mut Vec<Problem>,
) -> Option<(T, Lines, String, usize)> {
    let text = read_text(path, problems)?;
    let Some((front, body)) = split_front_matter(&text) else {
        problems.push(Problem::new(
            Origin::new(display(path), Some(1)),
            "front matter",
            "the file must start with TOML front matter between two lines of +++",
        ));
        return None;
    };
    // The front matter starts on line 2, after the opening +++.
    let lines = Lines { text: front.to_owned(), first_line: 2 };
    let value = parse_toml(path, &lines, problems)?;
    let body_line = text[..text.len() - body.len()].matches('\n').count() + 1;
    Some((value, lines, body.to_owned(), body_line))
}

pub(super) fn read_post(path: &Path, problems: &mut Vec<Problem>) -> Option<SourcePost> {
    let (front, lines, body, body_line): (PostFrontMatter, _, _, _) =
        read_front_matter(path, problems)?;
    let mut field_lines = BTreeMap::new();
    let mut mark = |field: &str, span: std::ops::Range<usize>| {
        field_lines.insert(field.to_owned(), lines.at(span.start));
    };
    mark("title", front.title.span());
    mark("date", front.date.span());
    mark("authors", front.authors.span());
    for (field, value) in [
        ("categories", &front.categories),
        ("tags", &front.tags),
        ("themes", &front.themes),
        ("projects", &front.projects),
    ] {
        if let Some(value) = value {
            mark(field, value.span());
        }
    }
    if let Some(slug) = &front.slug {
        mark("slug", slug.span());
    }
    let stem = file_stem(path);
    // `2014-10-10-an-update.md`: the date prefix keeps files in order; the rest is the slug.
    let default_slug = match stem.get(..11) {
        Some(prefix) if Timestamp::parse(&prefix[..10]).is_ok() && prefix.ends_with('-') => {
            stem[11..].to_owned()
        }
        _ => stem.clone(),
    };
    let list =
        |value: Option<Spanned<Vec<String>>>| value.map(Spanned::into_inner).unwrap_or_default();
    Some(SourcePost {
        origin: display(path),
        lines: field_lines,
        body_line,
        slug: front.slug.map(Spanned::into_inner).unwrap_or(default_slug),
        title: front.title.into_inner(),
        date: front.date.into_inner(),
        authors: front.authors.into_inner(),
        categories: list(front.categories),
        tags: list(front.tags),
        themes: list(front.themes),
        projects: list(front.projects),
        comments_open: front.comments_open,
        summary: front.summary,
        previous_government: front.previous_government,
        tag_slugs: Vec::new(),
        body_format: BodyFormat::Markdown,
        body,
    })
}

pub(super) fn read_page(path: &Path, problems: &mut Vec<Problem>) -> Option<SourcePage> {
    let (front, _, body, body_line): (PageFrontMatter, _, _, _) =
        read_front_matter(path, problems)?;
    Some(SourcePage {
        origin: display(path),
        body_line,
        slug: front.slug.unwrap_or_else(|| file_stem(path)),
        title: front.title,
        summary: front.summary,
        body,
        body_format: crate::model::BodyFormat::Markdown,
    })
}

pub(super) fn file_stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The files in `dir` ending in `.{extension}`, sorted by name. A missing folder has none.
pub(super) fn files_with_extension(
    dir: &Path,
    extension: &str,
    problems: &mut Vec<Problem>,
) -> Vec<PathBuf> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
        Err(err) => {
            problems.push(Problem::new(
                Origin::new(display(dir), None),
                "folder",
                format!("cannot be read: {err}"),
            ));
            return Vec::new();
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    files
}

/// Every file below `dir`, as a site path (`/images/chart.svg`).
pub(super) fn static_files(dir: &Path) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(folder) = pending.pop() {
        let Ok(entries) = fs::read_dir(&folder) else { continue };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if let Ok(relative) = path.strip_prefix(dir) {
                found.insert(format!("/{}", relative.to_string_lossy().replace('\\', "/")));
            }
        }
    }
    found
}
