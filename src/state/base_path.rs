use leptos::prelude::*;
use leptos_router::NavigateOptions;

use crate::routes::Route;

/// The path the site is served under: empty at a domain's root, `/blog` under a sub-path.
/// Every link the app writes goes through it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BasePath(String);

impl BasePath {
    /// From a path such as `/blog/` or `/`.
    pub fn new(path: &str) -> Self {
        BasePath(path.trim_end_matches('/').to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A site path (`/projects/`) as a link from any page (`/blog/projects/`).
    pub fn path(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }

    pub fn href(&self, route: &Route) -> String {
        self.path(&route.href())
    }

    /// The site path of an address the browser shows, or `None` if it is outside the site.
    pub fn strip<'a>(&self, pathname: &'a str) -> Option<&'a str> {
        if self.0.is_empty() {
            return Some(pathname);
        }
        match pathname.strip_prefix(&self.0) {
            Some("") => Some("/"),
            Some(rest) if rest.starts_with('/') => Some(rest),
            _ => None,
        }
    }
}

pub fn provide_base_path(base: BasePath) {
    provide_context(base);
}

pub fn use_base_path() -> BasePath {
    use_context::<BasePath>().unwrap_or_default()
}

/// Options for `use_navigate` with an address made by [`BasePath::href`]: it already starts
/// with the base path, which the router would otherwise put in front a second time.
pub fn navigate_within_site() -> NavigateOptions {
    NavigateOptions { resolve: false, ..NavigateOptions::default() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_and_strips_the_base() {
        let root = BasePath::new("/");
        assert_eq!(root.path("/projects/"), "/projects/");
        assert_eq!(root.strip("/projects/"), Some("/projects/"));
        let sub = BasePath::new("/blog/");
        assert_eq!(sub.href(&Route::Themes), "/blog/themes/");
        assert_eq!(sub.strip("/blog/themes/"), Some("/themes/"));
        assert_eq!(sub.strip("/blog"), Some("/"));
        assert_eq!(sub.strip("/blogger/"), None);
        assert_eq!(sub.strip("/other/"), None);
    }
}
