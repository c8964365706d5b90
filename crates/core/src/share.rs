//! "Share this page": plain links to each service's own share page. No third-party script
//! runs and no cookie is set until the reader follows one.

use crate::routes::encode_query_value as encode;

/// A share link's visible name and address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareLink {
    pub service: &'static str,
    pub href: String,
}

/// The links for a page with this title at this absolute address.
pub fn share_links(title: &str, url: &str) -> Vec<ShareLink> {
    let (title, url_q) = (encode(title), encode(url));
    vec![
        ShareLink {
            service: "X",
            href: format!("https://x.com/intent/post?text={title}&url={url_q}"),
        },
        ShareLink {
            service: "Facebook",
            href: format!("https://www.facebook.com/sharer/sharer.php?u={url_q}"),
        },
        ShareLink {
            service: "LinkedIn",
            href: format!("https://www.linkedin.com/sharing/share-offsite/?url={url_q}"),
        },
        ShareLink {
            service: "Email",
            // mailto: wants %20 for spaces, not +.
            href: format!("mailto:?subject={}&body={}", title.replace('+', "%20"), url_q),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_encoded_title_and_address() {
        let links = share_links("Data & trust", "https://blog.example/2014/10/10/a/");
        let x = &links[0];
        assert_eq!(x.service, "X");
        assert_eq!(
            x.href,
            "https://x.com/intent/post?text=Data+%26+trust&url=https%3A%2F%2Fblog.example%2F2014%2F10%2F10%2Fa%2F"
        );
        assert!(links[1].href.starts_with("https://www.facebook.com/sharer/sharer.php?u=https%3A"));
        assert!(links[2]
            .href
            .starts_with("https://www.linkedin.com/sharing/share-offsite/?url=https%3A"));
        assert_eq!(
            links[3].href,
            "mailto:?subject=Data%20%26%20trust&body=https%3A%2F%2Fblog.example%2F2014%2F10%2F10%2Fa%2F"
        );
    }
}
