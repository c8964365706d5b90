//! `publish`: turns the content folder (or a synthetic site) into the files the site serves
//! besides the app: `data/*.json`, the Atom feeds, `sitemap.xml` and `robots.txt`.
//!
//!     publish --content content --public public --template dist/index.html --out dist
//!     publish --synthetic 10000,100000,1000 --out /tmp/big-site
//!
//! With `--template` (the page Trunk built), it also pre-renders every page of the site to
//! HTML, a file per address, with the app's own components, and keeps the template as
//! `shell.html` for addresses that have no file.
//!
//! Every problem is reported (file, line, field, what was expected), and then it exits with 1
//! leaving OUT as it was.

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

    use strategy_blog::content::{build_site, synthetic_site, validate, Problem, SyntheticSize};
    use strategy_blog::publish::{
        content_security_policy, load_content, offline_file, prerender_site, web_manifest,
        write_site, write_worker,
    };

    const USAGE: &str =
        "usage: publish [--content DIR | --synthetic POSTS[,COMMENTS[,ON_NEWEST]]] \
                         [--public DIR] [--template FILE] --out DIR\n       \
                         publish --public DIR --stamp-worker DIR\n       \
                         publish --csp-header CONTENT_DIR";

    pub fn run(args: Vec<String>) -> ExitCode {
        let mut content = PathBuf::from("content");
        let mut public = None;
        let mut template = None;
        let mut synthetic = None;
        let mut out = None;
        let mut stamp_only = None;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match (arg.as_str(), args.next()) {
                ("--content", Some(dir)) => content = dir.into(),
                ("--public", Some(dir)) => public = Some(PathBuf::from(dir)),
                ("--template", Some(file)) => template = Some(PathBuf::from(file)),
                ("--out", Some(dir)) => out = Some(PathBuf::from(dir)),
                ("--stamp-worker", Some(dir)) => stamp_only = Some(PathBuf::from(dir)),
                ("--csp-header", Some(dir)) => {
                    // The Content-Security-Policy header for the site in the content folder DIR.
                    return match load_content(&PathBuf::from(&dir), None) {
                        Ok(site) => {
                            let ancestors = &site.settings.embed_origins;
                            let wordpress = site.settings.wordpress.as_deref();
                            println!("{}", content_security_policy(Some(ancestors), wordpress));
                            ExitCode::SUCCESS
                        }
                        Err(problems) => report(&problems, &dir),
                    };
                }
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
        if let Some(dir) = stamp_only {
            // Only the service worker, for a build whose shell files were changed in place.
            let Some(public) = public else {
                return usage("--stamp-worker needs --public");
            };
            return stamp_worker(&public, &dir);
        }
        let Some(out) = out else {
            return usage("--out is required");
        };

        let site = match synthetic {
            Some(size) => synthetic_site(size),
            None => match load_content(&content, public.as_deref()) {
                Ok(site) => site,
                Err(problems) => return report(&problems, &content.display().to_string()),
            },
        };
        let problems = validate(&site);
        if !problems.is_empty() {
            return report(&problems, &content.display().to_string());
        }
        let mut files = build_site(&site);
        let stamp_after = template.is_some();
        if let Some(template) = template {
            let html = match std::fs::read_to_string(&template) {
                Ok(html) => html,
                Err(err) => {
                    eprintln!("publish: cannot read the template {}: {err}", template.display());
                    return ExitCode::FAILURE;
                }
            };
            match prerender_site(&site, &files, &html) {
                Ok(pages) => files.extend(pages),
                Err(problem) => {
                    eprintln!("publish: {}: {problem}", template.display());
                    return ExitCode::FAILURE;
                }
            }
        }
        files.push(offline_file(&files, public.as_deref()));
        files.push(web_manifest(&site.settings));
        if let Err(err) = write_site(&out, &files) {
            eprintln!("publish: cannot write to {}: {err}; it is left as it was", out.display());
            return ExitCode::FAILURE;
        }
        // The worker lists the app's files, so it is written once the build is complete.
        if let (true, Some(public)) = (stamp_after, &public) {
            if stamp_worker(public, &out) != ExitCode::SUCCESS {
                return ExitCode::FAILURE;
            }
        }
        println!(
            "publish: wrote {} files for {} posts to {}",
            files.len(),
            site.posts.len(),
            out.display()
        );
        ExitCode::SUCCESS
    }

    fn stamp_worker(public: &std::path::Path, out: &std::path::Path) -> ExitCode {
        let template = public.join("sw.js");
        let result = std::fs::read_to_string(&template).and_then(|t| write_worker(out, &t));
        match result {
            Ok(build) => {
                println!("publish: wrote {}/sw.js for build {build}", out.display());
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!(
                    "publish: cannot write the service worker from {} into {}: {err}",
                    template.display(),
                    out.display()
                );
                ExitCode::FAILURE
            }
        }
    }

    fn report(problems: &[Problem], content: &str) -> ExitCode {
        for problem in problems {
            eprintln!("error: {problem}");
        }
        eprintln!("publish: {} problem(s) in {content}; nothing was written", problems.len());
        ExitCode::FAILURE
    }

    fn parse_size(spec: &str) -> Option<SyntheticSize> {
        let numbers: Vec<usize> =
            spec.split(',').map(|n| n.trim().parse().ok()).collect::<Option<_>>()?;
        match numbers.as_slice() {
            [posts] => Some(SyntheticSize { posts: *posts, comments: 0, comments_on_newest: 0 }),
            [posts, comments] => {
                Some(SyntheticSize { posts: *posts, comments: *comments, comments_on_newest: 0 })
            }
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
