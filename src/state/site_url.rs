use leptos::prelude::*;

/// The site's public address without a trailing slash, such as `https://blog.example.gov.uk`
/// or `https://intranet.example/blog`: what share links and the printed permalink use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrl(pub String);

impl SiteUrl {
    /// The absolute address of a path on the site, such as `/2014/10/10/an-update/`.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{}", self.0.trim_end_matches('/'), path)
    }
}

pub fn provide_site_url(url: SiteUrl) {
    provide_context(url);
}

pub fn use_site_url() -> SiteUrl {
    use_context::<SiteUrl>().unwrap_or_else(|| SiteUrl(String::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_the_site_address_and_a_path() {
        let url = SiteUrl("https://blog.example/sub/".into());
        assert_eq!(url.absolute("/2014/10/10/a/"), "https://blog.example/sub/2014/10/10/a/");
    }
}
