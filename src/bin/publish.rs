//! `publish`: turns the content folder (or a synthetic site) into the data files the app reads.
//!
//!     publish --content content --out dist
//!     publish --synthetic 10000,100000,1000 --out /tmp/big-site
//!
//! The files go under `OUT/data/`. Problems are all reported, and then it exits with 1.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::run(std::env::args().skip(1).collect())
}

// The app's crate also builds for the browser, where this tool has nothing to do.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::PathBuf;
    use std::process::ExitCode;

    use strategy_blog::content::{build_data_files, synthetic_site, validate, SyntheticSize};
    use strategy_blog::publish::{load_content, write_data_files};

    const USAGE: &str =
        "usage: publish [--content DIR | --synthetic POSTS[,COMMENTS[,ON_NEWEST]]] --out DIR";

    pub fn run(args: Vec<String>) -> ExitCode {
        let mut content = PathBuf::from("content");
        let mut synthetic = None;
        let mut out = None;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match (arg.as_str(), args.next()) {
                ("--content", Some(dir)) => content = dir.into(),
                ("--out", Some(dir)) => out = Some(PathBuf::from(dir)),
                ("--synthetic", Some(spec)) => match parse_size(&spec) {
                    Some(size) => synthetic = Some(size),
                    None => {
                        return usage(&format!(
                            "--synthetic {spec:?} is not POSTS[,COMMENTS[,ON_NEWEST]]"
                        ))
                    }
                },
                _ => return usage(&format!("unexpected argument {arg:?}")),
            }
        }
        let Some(out) = out else {
            return usage("--out is required");
        };

        let site = match synthetic {
            Some(size) => synthetic_site(size),
            None => match load_content(&content) {
                Ok(site) => site,
                Err(problems) => {
                    for problem in &problems {
                        eprintln!("error: {problem}");
                    }
                    eprintln!(
                        "publish: {} problem(s) in {}; nothing written",
                        problems.len(),
                        content.display()
                    );
                    return ExitCode::FAILURE;
                }
            },
        };
        let problems = validate(&site);
        if !problems.is_empty() {
            for problem in &problems {
                eprintln!("error: {problem}");
            }
            eprintln!("publish: {} problem(s); nothing written", problems.len());
            return ExitCode::FAILURE;
        }
        let files = build_data_files(&site);
        if let Err(err) = write_data_files(&out, &files) {
            eprintln!("publish: cannot write to {}: {err}", out.display());
            return ExitCode::FAILURE;
        }
        println!(
            "publish: wrote {} data files for {} posts to {}",
            files.len(),
            site.posts.len(),
            out.join("data").display()
        );
        ExitCode::SUCCESS
    }

    fn parse_size(spec: &str) -> Option<SyntheticSize> {
        let numbers: Vec<usize> = spec
            .split(',')
            .map(|n| n.trim().parse().ok())
            .collect::<Option<_>>()?;
        match numbers.as_slice() {
            [posts] => Some(SyntheticSize {
                posts: *posts,
                comments: 0,
                comments_on_newest: 0,
            }),
            [posts, comments] => Some(SyntheticSize {
                posts: *posts,
                comments: *comments,
                comments_on_newest: 0,
            }),
            [posts, comments, newest] => Some(SyntheticSize {
                posts: *posts,
                comments: *comments,
                comments_on_newest: *newest,
            }),
            _ => None,
        }
    }

    fn usage(problem: &str) -> ExitCode {
        eprintln!("publish: {problem}\n{USAGE}");
        ExitCode::from(2)
    }
}
