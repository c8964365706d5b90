//! Which page numbers a GOV.UK pagination shows: the first, the last, the current one and
//! its neighbours, with an ellipsis for each gap.

/// One item of a pagination list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageItem {
    Number { page: u32, current: bool },
    Ellipsis,
}

/// The items for page `current` of `total`. Empty when there is only one page.
pub fn pagination_items(current: u32, total: u32) -> Vec<PageItem> {
    if total <= 1 {
        return Vec::new();
    }
    let mut items = Vec::new();
    let mut last_shown = 0;
    for page in 1..=total {
        let shown = page == 1 || page == total || page.abs_diff(current) <= 1;
        if !shown {
            continue;
        }
        if page > last_shown + 1 {
            // A gap of one page shows the page itself rather than an ellipsis.
            if page == last_shown + 2 {
                items.push(PageItem::Number { page: last_shown + 1, current: false });
            } else {
                items.push(PageItem::Ellipsis);
            }
        }
        items.push(PageItem::Number { page, current: page == current });
        last_shown = page;
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(current: u32, total: u32) -> String {
        pagination_items(current, total)
            .into_iter()
            .map(|item| match item {
                PageItem::Number { page, current: true } => format!("[{page}]"),
                PageItem::Number { page, .. } => page.to_string(),
                PageItem::Ellipsis => "…".into(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn one_page_needs_no_pagination() {
        assert!(pagination_items(1, 1).is_empty());
        assert!(pagination_items(1, 0).is_empty());
    }

    #[test]
    fn shows_first_last_current_and_neighbours() {
        assert_eq!(render(1, 3), "[1] 2 3");
        assert_eq!(render(1, 10), "[1] 2 … 10");
        assert_eq!(render(5, 10), "1 … 4 [5] 6 … 10");
        assert_eq!(render(10, 10), "1 … 9 [10]");
        assert_eq!(render(3, 10), "1 2 [3] 4 … 10");
        assert_eq!(render(4, 1000), "1 2 3 [4] 5 … 1000", "a gap of one page shows that page");
        assert_eq!(render(5, 1000), "1 … 4 [5] 6 … 1000");
    }
}
