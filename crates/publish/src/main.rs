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

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run()
}

mod cli {
    use std::path::PathBuf;
    use std::process::ExitCode;

    use clap::{ArgGroup, Parser};

    use publish::content::{build_site, synthetic_site, validate, Problem, SyntheticSize};
    use publish::incremental::PreviousBuild;
    use publish::{
        content_security_policy, load_content, offline_file, prerender_pages, read_wordpress,
        web_manifest, write_site, write_worker, Client, CREDENTIALS_VARIABLE,
    };

    use publish::build_state::StateDir;

    /// Publishes the blog's content as the files a static host serves besides the app: data
    /// files, Atom feeds, sitemap.xml, robots.txt, the manifest and, with --template, every page
    /// pre-rendered. Every problem in the content is reported with its file, line and field,
    /// and OUT is then left as it was.
    #[derive(Debug, Parser)]
    #[command(name = "publish")]
    #[command(group(ArgGroup::new("what").args(["out", "stamp_worker", "csp_header"]).required(true)))]
    struct Options {
        /// The content folder: Markdown posts and pages, TOML settings (docs/data-format.md).
        #[arg(long, value_name = "DIR", default_value = "content")]
        content: PathBuf,
        /// Publish a generated site of this size instead of a content folder, for tests and
        /// benchmarks.
        #[arg(long, value_name = "POSTS[,COMMENTS[,ON_NEWEST]]", value_parser = parse_size,
              conflicts_with = "content")]
        synthetic: Option<SyntheticSize>,
        /// The public folder (images, icons, the service worker's template), copied by Trunk:
        /// for checking links to its files and listing them for offline reading.
        #[arg(long, value_name = "DIR")]
        public: Option<PathBuf>,
        /// The page Trunk built: every page of the site is then pre-rendered into it, and it is
        /// kept as shell.html for addresses that have no file.
        #[arg(long, value_name = "FILE")]
        template: Option<PathBuf>,
        /// Where to write the site.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Only write the service worker, listing the build's shell files, into the build in DIR
        /// (for a build whose shell files were changed in place; needs --public).
        #[arg(long, value_name = "DIR", requires = "public")]
        stamp_worker: Option<PathBuf>,
        /// Only print the Content-Security-Policy header for the site in the content folder DIR.
        #[arg(long, value_name = "DIR")]
        csp_header: Option<PathBuf>,
        /// Read the posts, their authors, categories, tags and comments from the WordPress
        /// site that content/site.toml's `wordpress` names (every page of its REST API), and
        /// publish them as the Markdown posts are: every page pre-rendered, feeds, sitemap,
        /// search index. Settings, themes, projects and pages still come from the content
        /// folder. A WordPress that needs signing in takes `user:application-password` from
        /// the environment variable WORDPRESS_APP_PASSWORD. Any failure leaves OUT as it was.
        /// PUBLISH_FROM_WORDPRESS=1 sets it too (for `trunk build`, whose hook runs publish).
        #[arg(long, conflicts_with = "synthetic", env = "PUBLISH_FROM_WORDPRESS",
              value_parser = clap::builder::FalseyValueParser::new())]
        from_wordpress: bool,
        /// How long one request to WordPress may take, in seconds (with --from-wordpress).
        #[arg(long, value_name = "SECONDS", default_value_t = 30)]
        wordpress_timeout: u64,
        /// Keep what this publish read and rendered in DIR (created if need be), and use what
        /// an earlier publish kept there: WordPress is then asked only for what changed, and a
        /// page whose data did not change is taken from the previous build (--previous)
        /// instead of rendered again. Written only after the site is.
        #[arg(long, value_name = "DIR")]
        state: Option<PathBuf>,
        /// Where the previous build's pages are, for --state: OUT unless given (Trunk's hook
        /// builds into a fresh staging folder, so it names dist/).
        #[arg(long, value_name = "DIR", requires = "state")]
        previous: Option<PathBuf>,
        /// With --state, read all of WordPress and render every page, as with no state: for
        /// a scheduled full rebuild, which also catches comments changed long after writing.
        #[arg(long, requires = "state")]
        full: bool,
        /// The reading code's start file in OUT (written there by scripts/build-reading.sh):
        /// reading pages then start it instead of the app (docs/deployment.md, BLOG_READING).
        #[arg(long, value_name = "FILE", requires = "template")]
        reading_start: Option<String>,
        /// How many pages to pre-render at once: one per core unless given.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
    }

    pub fn run() -> ExitCode {
        // Mistakes in the options exit with 2 and the usage; --help lists every option.
        let Options {
            content,
            synthetic,
            public,
            template,
            out,
            stamp_worker,
            csp_header,
            from_wordpress,
            wordpress_timeout,
            state,
            previous,
            full,
            reading_start,
            jobs,
        } = Options::parse();
        if let Some(jobs) = jobs {
            // Only fails when the pool already exists, which it cannot before this point.
            let _ = rayon::ThreadPoolBuilder::new().num_threads(jobs.into()).build_global();
        }
        if let Some(dir) = csp_header {
            return match load_content(&dir, None) {
                Ok(site) => {
                    let ancestors = &site.settings.embed_origins;
                    let wordpress = site.settings.wordpress.as_deref();
                    println!("{}", content_security_policy(Some(ancestors), wordpress));
                    ExitCode::SUCCESS
                }
                Err(problems) => report(&problems, &dir.display().to_string()),
            };
        }
        if let (Some(dir), Some(public)) = (&stamp_worker, &public) {
            // Only the service worker, for a build whose shell files were changed in place.
            return stamp_worker_into(public, dir);
        }
        let Some(out) = out else {
            unreachable!("clap requires one of --out, --stamp-worker and --csp-header");
        };
        let state = state.map(StateDir::new);
        // Loaded with --full too: loading drops what a failed publish left staged.
        let kept = state.as_ref().map(StateDir::load).filter(|_| !full).unwrap_or_default();
        let previous_build = kept.pages.map(|records| PreviousBuild {
            records,
            dir: previous.clone().unwrap_or_else(|| out.clone()),
        });

        let site = match synthetic {
            Some(size) => synthetic_site(size),
            None => match load_content(&content, public.as_deref()) {
                Ok(site) => site,
                Err(problems) => return report(&problems, &content.display().to_string()),
            },
        };
        if from_wordpress && site.settings.wordpress.is_none() {
            let settings = content.join("site.toml");
            eprintln!(
                "publish: --from-wordpress, but {} sets no `wordpress` address",
                settings.display()
            );
            return ExitCode::FAILURE;
        }
        // What a site published from WordPress was published from (`publish::live_check`).
        let mut published_from = None;
        let site = if from_wordpress {
            let started = std::time::Instant::now();
            // The credentials live only in this process's memory: never in a file or a message.
            let credentials = std::env::var(CREDENTIALS_VARIABLE).ok().filter(|c| !c.is_empty());
            let client = Client::new(
                std::time::Duration::from_secs(wordpress_timeout.max(1)),
                credentials.as_deref(),
            );
            match read_wordpress(site, &client, kept.wordpress) {
                Ok(read) => {
                    let c = read.counts;
                    println!(
                        "publish: read {} posts and {} comments from WordPress in {:.1} s, \
                         {} requests: posts {} fetched, {} unchanged, {} deleted; comments {} \
                         fetched, {} removed",
                        read.site.posts.len(),
                        read.site.comments.values().map(Vec::len).sum::<usize>(),
                        started.elapsed().as_secs_f64(),
                        c.requests,
                        c.posts_fetched,
                        c.posts_unchanged,
                        c.posts_deleted,
                        c.comments_fetched,
                        c.comments_removed,
                    );
                    if let Some(dir) = &state {
                        if let Err(err) = dir.stage_wordpress(&read.state) {
                            eprintln!("publish: cannot write the state in {dir}: {err}");
                            return ExitCode::FAILURE;
                        }
                    }
                    published_from = Some(publish::live_check::published_from(&read.state));
                    read.site
                }
                Err(err) => {
                    eprintln!("publish: cannot read WordPress: {err}");
                    eprintln!("publish: nothing was written; {} is left as it was", out.display());
                    return ExitCode::FAILURE;
                }
            }
        } else {
            site
        };
        let problems = validate(&site);
        if !problems.is_empty() {
            return report(&problems, &content.display().to_string());
        }
        let mut files = build_site(&site);
        if let Some(contents) = published_from {
            let path = publish::live_check::LIVE_FILE.to_owned();
            files.push(publish::content::OutputFile { path, contents });
        }
        let stamp_after = template.is_some();
        let mut page_records = None;
        if let Some(template) = template {
            let html = match std::fs::read_to_string(&template) {
                Ok(html) => html,
                Err(err) => {
                    eprintln!("publish: cannot read the template {}: {err}", template.display());
                    return ExitCode::FAILURE;
                }
            };
            let needs_wordpress =
                site.settings.wordpress.is_some() || site.read_from_wordpress.is_some();
            let dir = template.parent().unwrap_or(std::path::Path::new("."));
            if needs_wordpress && publish::app_build::reads_wordpress(dir) == Some(false) {
                eprintln!(
                    "publish: this site reads from WordPress, but the app in {} was built \
                     without it: build with TRUNK_BUILD_FEATURES=wordpress (docs/deployment.md)",
                    dir.display()
                );
                eprintln!("publish: nothing was written; {} is left as it was", out.display());
                return ExitCode::FAILURE;
            }
            let started = std::time::Instant::now();
            let reading_start = reading_start.as_deref();
            if let Some(name) = reading_start.filter(|name| !out.join(name).is_file()) {
                eprintln!(
                    "publish: --reading-start {name}: there is no such file in {}",
                    out.display()
                );
                return ExitCode::FAILURE;
            }
            match prerender_pages(&site, &files, &html, previous_build.as_ref(), reading_start) {
                Ok(done) => {
                    let seconds = started.elapsed().as_secs_f64();
                    println!(
                        "publish: pre-rendered {} pages in {seconds:.1} s: {:.0} pages a second \
                         on {} threads; {} unchanged since the previous build, kept",
                        done.rendered,
                        done.rendered as f64 / seconds.max(1e-6),
                        rayon::current_num_threads(),
                        done.kept,
                    );
                    files.extend(done.files);
                    page_records = Some(done.records);
                }
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
            if stamp_worker_into(public, &out) != ExitCode::SUCCESS {
                return ExitCode::FAILURE;
            }
        }
        // Kept only once the site is written: a failure before leaves the state that matches
        // the site as it still is.
        if let Some(dir) = &state {
            if let Err(err) = dir.save(page_records.as_ref()) {
                eprintln!("publish: the site is written, but not the state in {dir}: {err}");
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

    fn stamp_worker_into(public: &std::path::Path, out: &std::path::Path) -> ExitCode {
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

    fn parse_size(spec: &str) -> Result<SyntheticSize, String> {
        let numbers: Vec<usize> = spec
            .split(',')
            .map(|n| n.trim().parse().ok())
            .collect::<Option<_>>()
            .ok_or_else(|| format!("{spec:?} is not POSTS[,COMMENTS[,ON_NEWEST]]"))?;
        match numbers.as_slice() {
            [posts] => Ok(SyntheticSize { posts: *posts, comments: 0, comments_on_newest: 0 }),
            [posts, comments] => {
                Ok(SyntheticSize { posts: *posts, comments: *comments, comments_on_newest: 0 })
            }
            [posts, comments, newest] => Ok(SyntheticSize {
                posts: *posts,
                comments: *comments,
                comments_on_newest: *newest,
            }),
            _ => Err(format!("{spec:?} is not POSTS[,COMMENTS[,ON_NEWEST]]")),
        }
    }
}
