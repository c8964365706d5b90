//! The blog's identity, shown in the header, footer and page titles.

/// The blog's name.
pub const SITE_NAME: &str = "Digital health";
/// The department that runs it.
pub const DEPARTMENT: &str = "Department of Health";

/// A page title as the browser tab shows it.
pub fn page_title(page: &str) -> String {
    if page.is_empty() || page == SITE_NAME {
        SITE_NAME.to_owned()
    } else {
        format!("{page} - {SITE_NAME}")
    }
}
