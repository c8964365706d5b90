//! Page titles.

/// A page title as the browser tab shows it: "{page} - {blog}", or the blog's name alone.
pub fn page_title(page: &str, site_name: &str) -> String {
    match (page.is_empty() || page == site_name, site_name.is_empty()) {
        (true, _) => site_name.to_owned(),
        (false, true) => page.to_owned(),
        (false, false) => format!("{page} - {site_name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::page_title;

    #[test]
    fn titles_name_the_page_then_the_blog() {
        assert_eq!(page_title("Themes", "Digital health"), "Themes - Digital health");
        assert_eq!(page_title("Digital health", "Digital health"), "Digital health");
        assert_eq!(page_title("Themes", ""), "Themes");
    }
}
