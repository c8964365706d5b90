//! Host benchmarks (criterion): Markdown rendering and data-file decoding, the two pure steps
//! every page view runs, threading a long comment thread and writing it as HTML, and linking
//! the addresses in a 1 MB comment. `cargo bench -p publish --bench host`; scripts/bench runs
//! it and reads the medians from target/criterion. With the publish tool, because its inputs
//! are the sample content and the synthetic site.
criterion::criterion_main!(host::benches);

mod host {
    use criterion::{criterion_group, Criterion, Throughput};
    use std::hint::black_box;

    use blog_core::markdown::render_markdown;
    use blog_core::model::{decode_data_file, CommentFile, PostFile};
    use blog_core::text::{linkify, thread_comments, thread_html, LaidOut};
    use publish::content::{build_site, synthetic_site, SyntheticSize};
    use strategy_blog::components::MAX_THREAD_DEPTH;

    /// The sample content's longest post, without its front matter.
    fn long_post() -> String {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../content/posts/2015-03-25-halfway-through-our-digital-strategy.md"
        ))
        .expect("the sample post is there");
        text.splitn(3, "+++").nth(2).expect("front matter").to_owned()
    }

    fn markdown(c: &mut Criterion) {
        let source = long_post();
        let mut group = c.benchmark_group("markdown");
        group.throughput(Throughput::Bytes(source.len() as u64));
        group
            .bench_function("render_long_post", |b| b.iter(|| render_markdown(black_box(&source))));
        group.finish();
    }

    fn decoding(c: &mut Criterion) {
        let size = SyntheticSize { posts: 50, comments: 1000, comments_on_newest: 1000 };
        let files = build_site(&synthetic_site(size));
        let largest = |prefix: &str| {
            files
                .iter()
                .filter(|f| f.path.starts_with(prefix))
                .max_by_key(|f| f.contents.len())
                .map(|f| f.contents.clone())
                .expect("the generated site has such files")
        };
        let comments = largest("data/comments/");
        let post = largest("data/posts/");
        let mut group = c.benchmark_group("decode");
        group.throughput(Throughput::Bytes(comments.len() as u64));
        group.bench_function("comments_1000", |b| {
            b.iter(|| decode_data_file::<CommentFile>(black_box(&comments)).expect("decodes"))
        });
        let decoded = decode_data_file::<CommentFile>(&comments).expect("decodes").comments;
        group.bench_function("thread_1000_comments_to_html", |b| {
            b.iter(|| {
                let threads = thread_comments(black_box(decoded.clone()), MAX_THREAD_DEPTH);
                thread_html(&threads, LaidOut::AtOnce)
            })
        });
        group.bench_function("thread_1000_comments", |b| {
            b.iter(|| thread_comments(black_box(decoded.clone()), MAX_THREAD_DEPTH))
        });
        group.throughput(Throughput::Bytes(post.len() as u64));
        group.bench_function("post", |b| {
            b.iter(|| decode_data_file::<PostFile>(black_box(&post)).expect("decodes"))
        });
        group.finish();
    }

    /// A 1 MB comment full of addresses, linked: linear since issue 21 (it was quadratic, and
    /// froze the tab).
    fn linkify_megabyte(c: &mut Criterion) {
        let one = "see https://www.gov.uk/a_(b)).) and HTTP://Example.org/x, ";
        let comment = one.repeat(1_000_000 / one.len());
        let mut group = c.benchmark_group("linkify");
        group.throughput(Throughput::Bytes(comment.len() as u64));
        group.sample_size(20);
        group.bench_function("comment_1mb", |b| b.iter(|| linkify(black_box(&comment))));
        group.finish();
    }

    criterion_group!(benches, markdown, decoding, linkify_megabyte);
}
