use std::sync::{Arc, Mutex};

use leptos::prelude::*;

/// What a page showed in place of its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageProblem {
    /// "Page not found".
    NotFound,
    /// "Sorry, there is a problem loading this page", with the maintainers' detail.
    LoadError(String),
}

/// Where a page rendered on the host reports what it showed instead of its content, so that
/// the publish step fails on a page the site publishes that would only tell readers it is
/// missing or broken (a build for a deeper sub-path once did so for every page, silently).
/// The browser provides none: there, the reader sees the panel and can try again.
#[derive(Clone, Default)]
pub struct PageProblems(Arc<Mutex<Vec<PageProblem>>>);

impl PageProblems {
    /// What was reported, in the order it was.
    pub fn take(&self) -> Vec<PageProblem> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()))
    }
}

pub fn provide_page_problems() -> PageProblems {
    let problems = PageProblems::default();
    provide_context(problems.clone());
    problems
}

/// Records `problem` when something collects them (the pre-render); otherwise does nothing.
pub fn report_page_problem(problem: PageProblem) {
    if let Some(problems) = use_context::<PageProblems>() {
        problems.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(problem);
    }
}
