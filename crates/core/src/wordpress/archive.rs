//! The archive's months and each author's post count, which WordPress's API does not give:
//! counted from every post's date and author.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::{MonthCount, Timestamp};

/// A post as the archive asks for it: `_fields=date_gmt,author`.
#[derive(Clone, Debug, Deserialize)]
pub struct WpDated {
    pub date_gmt: String,
    #[serde(default)]
    pub author: u64,
}

/// Months with posts (UK months, newest first), and posts by author id.
pub fn archive_counts(posts: &[WpDated]) -> (Vec<MonthCount>, BTreeMap<u64, u32>) {
    let mut months: BTreeMap<(i32, u8), u32> = BTreeMap::new();
    let mut authors: BTreeMap<u64, u32> = BTreeMap::new();
    for post in posts {
        if let Ok(date) = Timestamp::parse(&post.date_gmt) {
            let uk = date.uk();
            *months.entry((uk.year, uk.month)).or_default() += 1;
        }
        *authors.entry(post.author).or_default() += 1;
    }
    let months = months
        .into_iter()
        .rev()
        .map(|((year, month), post_count)| MonthCount { year, month, post_count })
        .collect();
    (months, authors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_uk_months_newest_first_and_posts_by_author() {
        let posts: Vec<WpDated> = crate::wordpress::decode_answer(
            r#"[{"date_gmt":"2015-06-30T23:30:00","author":1},{"date_gmt":"2015-06-10T09:00:00","author":2},
                {"date_gmt":"2014-12-01T09:00:00","author":1},{"date_gmt":"never","author":1}]"#,
        )
        .unwrap();
        let (months, authors) = archive_counts(&posts);
        let months: Vec<(i32, u8, u32)> =
            months.iter().map(|m| (m.year, m.month, m.post_count)).collect();
        // 23:30 UTC on 30 June is 00:30 on 1 July in London.
        assert_eq!(months, vec![(2015, 7, 1), (2015, 6, 1), (2014, 12, 1)]);
        assert_eq!(authors.get(&1), Some(&3));
        assert_eq!(authors.get(&2), Some(&1));
    }
}
