// Gathers what the benchmarks measured into bench-results/results.json and results.md: the
// machine, the versions, every figure (medians), the ratios to the Hugo baseline, and each
// budget met or not. Exits with 1 if a budget is not met. Run by scripts/bench.
//
//   DIST=dist HUGO_DIST=target/bench-hugo node bench/report.mjs
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { execSync } from "node:child_process";
import os from "node:os";
import { THROTTLING } from "./throttle.mjs";

const DIST = process.env.DIST || "dist";
const HUGO = process.env.HUGO_DIST || "target/bench-hugo";
const OUT = "bench-results";
const read = (name) => JSON.parse(readFileSync(`${OUT}/${name}.json`, "utf8"));

function sizes(path) {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

// Every code file the build ships (the app's, the reading code's, the embed views' script, the
// styles), each raw, gzip and brotli; what each kind of page loads of them is weight.json's.
const shellFiles = readdirSync(DIST).filter((f) => /\.(wasm|css)$/.test(f) || (/\.js$/.test(f) && !["sw.js", "embed.js"].includes(f)));
const shell = Object.fromEntries(shellFiles.map((f) => [f, sizes(`${DIST}/${f}`)]));
const total = (files) => Object.values(files).reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const POST = "2014/10/10/an-update-to-our-digital-strategy/index.html";
const assets = {
  app_shell: { files: shell, total: total(shell) },
  app_post_page: sizes(`${DIST}/${POST}`),
  hugo_post_page: sizes(`${HUGO}/${POST}`),
  hugo_stylesheet: sizes(`${HUGO}/style.css`),
};

function criterion(group, name) {
  const file = `target/criterion/${group}/${name}/new/estimates.json`;
  if (!existsSync(file)) return null;
  const bench = JSON.parse(readFileSync(`target/criterion/${group}/${name}/new/benchmark.json`, "utf8"));
  const ns = JSON.parse(readFileSync(file, "utf8")).median.point_estimate;
  const bytes = bench.throughput?.Bytes;
  return { median_us: ns / 1000, mib_per_s: bytes ? bytes / (ns / 1e9) / 2 ** 20 : null };
}

const version = (command) => { try { return execSync(command, { stdio: ["ignore", "pipe", "pipe"] }).toString().trim().split("\n")[0]; } catch { return null; } };
const pages = read("pages");
const scale = read("scale");
const search = read("search");
// Per page kind (bench/weight.mjs) and the wasm by crate (bench/wasm-breakdown.mjs).
const weight = existsSync(`${OUT}/weight.json`) ? read("weight") : null;
const crates = existsSync(`${OUT}/wasm-crates.json`) ? read("wasm-crates") : null;
// The comment form once opened: a post of the build with the wordpress feature, whose reading
// code holds the form (a post published from WordPress requests the same code).
const wordpressWeight = existsSync(`${OUT}/weight-wordpress.json`) ? read("weight-wordpress") : null;
const commentFormPost = wordpressWeight?.pages.post;
// Lighthouse 12, mobile (bench/lighthouse.mjs): issue 23 asks 95 or more on every reading kind.
const lighthouse = existsSync(`${OUT}/lighthouse.json`) ? read("lighthouse") : null;
const READING_KINDS = ["post", "home", "theme", "register", "project", "archive", "static page"];
// Issue 23's budgets per page kind: code (wasm, JS, CSS before interactive, brotli as sent) and
// total blocking time at 4x CPU. They replace issue 8's single budget for the whole app shell.
const KIND_BUDGETS = {
  post: [250, 200], home: [250, 200], theme: [250, 200], register: [250, 200], project: [250, 200],
  archive: [250, 200], "static page": [250, 200], search: [350, 200], offline: [350, 200], embed: [150, 100],
};
const result = {
  when: new Date().toISOString(),
  machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memory_gib: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}` },
  versions: {
    chromium: version("${CHROMIUM:-/usr/bin/chromium} --version"),
    hugo: version("hugo version"),
    nginx: version("nginx -v 2>&1"),
    rustc: version("rustc --version"),
    trunk: version("trunk --version"),
    wasm_opt: version("wasm-opt --version"),
    node: process.version,
  },
  throttling: THROTTLING,
  assets,
  first_view: pages.first_view,
  navigation: pages.navigation,
  page_samples: pages.samples,
  scale: { ...scale, search_keystroke: search.keystroke_ms, search_key_to_next_paint: search.key_to_next_paint_ms, search_index: search.index },
  page_kinds: weight?.pages ?? null,
  comment_form_wordpress_post: commentFormPost ?? null,
  lighthouse: lighthouse?.pages ?? null,
  wasm_by_crate: crates,
  // bench/wordpress-scale.sh's results (it runs before this report in a whole run).
  wordpress_publish: existsSync(`${OUT}/wordpress-scale.json`) ? read("wordpress-scale") : null,
  host: {
    markdown_long_post: criterion("markdown", "render_long_post"),
    decode_1000_comments: criterion("decode", "comments_1000"),
    decode_post: criterion("decode", "post"),
  },
};
result.ratios = {
  first_view_body_visible: pages.first_view.app.body_visible_ms / pages.first_view.hugo.body_visible_ms,
  first_view_fcp: pages.first_view.app.fcp_ms / pages.first_view.hugo.fcp_ms,
  first_view_transfer: pages.first_view.app.transfer_bytes / pages.first_view.hugo.transfer_bytes,
  next_post: pages.navigation.app_in_app_ms / pages.navigation.hugo_full_load_ms,
};
const kindBudgets = weight ? Object.entries(KIND_BUDGETS).flatMap(([kind, [kib, tbt]]) => [
  [`${kind}: code before interactive, brotli`, weight.pages[kind]?.code.brotli, kib * 1024, "bytes", kind],
  [`${kind}: total blocking time`, weight.pages[kind]?.tbt_ms, tbt, "ms", kind],
]) : [["App shell (wasm, js, css), gzip", result.assets.app_shell.total.gzip, 150 * 1024, "bytes"]];
const commentFormBudgets = commentFormPost ? [
  ["comment form once opened (wordpress build, post): code before interactive, brotli", commentFormPost.code.brotli, 350 * 1024, "bytes"],
  ["comment form once opened (wordpress build, post): total blocking time", commentFormPost.tbt_ms, 200, "ms"],
] : [];
// A score is met at or above its limit (every other budget at or below).
const scoreBudgets = lighthouse ? READING_KINDS.map((kind) => [`${kind}: Lighthouse performance score (median)`, lighthouse.pages[kind]?.score, 95, "score"]) : [];
const budgets = [
  ...kindBudgets,
  ...commentFormBudgets,
  ...scoreBudgets,
  ["First view, body visible, app / Hugo", result.ratios.first_view_body_visible, 1.1, "x"],
  ["Next post, in-app / Hugo full load", result.ratios.next_post, 0.25, "x"],
  ["Search keystroke at 10,000 posts (input handler, median)", search.keystroke_ms.median, 20, "ms"],
  ["1,000-comment thread shown (decode, thread, first batch drawn)", scale.render_ms, 100, "ms"],
  ["Longest task while the 1,000 comments arrive", scale.longest_task_ms, 100, "ms"],
  ["Memory at 10,000 posts (JS heap + wasm)", scale.memory_bytes, 50 * 2 ** 20, "bytes"],
].map(([name, value, limit, unit, kind]) => ({
  name, value, limit, unit, kind,
  met: value != null && (unit === "score" ? value >= limit : value <= limit),
}));
result.budgets = budgets;
writeFileSync(`${OUT}/results.json`, JSON.stringify(result, null, 2) + "\n");

const show = (v, unit) => unit === "bytes" ? `${(v / 1024).toFixed(1)} KiB` : unit === "x" ? `${v.toFixed(2)}x` : unit === "score" ? `${v}` : `${v.toFixed(1)} ms`;
// The Long Tasks API reports only tasks of 50 ms or more, so 0 means none was that long.
const measured = (b) => b.name.startsWith("Longest task") && b.value === 0 ? "no task of 50 ms or more" : show(b.value, b.unit);
const fv = pages.first_view;
const spread = (list) => [...list].filter((v) => v != null).sort((a, b) => a - b).map((v) => v.toFixed(0)).join(", ");
const md = [
  `# Benchmark results, ${result.when}`,
  "",
  `Machine: ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memory_gib} GiB. Throttling: ${THROTTLING.round_trip_ms} ms round trip, ${THROTTLING.download_mbps} Mbps, ${THROTTLING.cpu_slowdown}x CPU. Medians of ${pages.runs} (pages) and ${scale.runs} (scale) runs.`,
  "",
  "| Budget | Measured | Limit | Met |",
  "|---|---|---|---|",
  ...budgets.filter((b) => !b.kind).map((b) => `| ${b.name} | ${measured(b)} | ${show(b.limit, b.unit)} | ${b.met ? "yes" : "**no**"} |`),
  "",
  ...(weight ? [
    `Each kind of page, cold cache, until interactive (<html data-app>); medians of ${weight.runs} runs. Code: the wasm, JS and CSS requested before interactive, as the server sends it (brotli as Chromium asks). Budget (issue 23): code brotli / total blocking time.`,
    "",
    "| Page | Code files | Raw | Gzip | Brotli | Requests | Total blocking time | Longest task | Interactive | Budget | Met |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...Object.entries(weight.pages).map(([kind, p]) => {
      const [kib, tbt] = KIND_BUDGETS[kind] ?? [];
      const met = budgets.filter((b) => b.kind === kind).every((b) => b.met);
      return `| ${kind} | ${p.code.files} | ${show(p.code.raw, "bytes")} | ${show(p.code.gzip, "bytes")} | ${show(p.code.brotli, "bytes")} | ${p.requests} | ${p.tbt_ms.toFixed(0)} ms | ${p.longest_task_ms.toFixed(0)} ms | ${p.interactive_ms == null ? "never" : `${p.interactive_ms.toFixed(0)} ms`} | ${kib} KiB / ${tbt} ms | ${met ? "yes" : "**no**"} |`;
    }),
    "",
    "Total blocking time, every run, fastest to slowest (ms): " + Object.entries(weight.pages).map(([kind, p]) => `${kind} ${spread(p.samples.tbt_ms)}`).join("; ") + ".",
    "",
  ] : []),
  ...(lighthouse ? [
    `Lighthouse 12, mobile, ${lighthouse.runs} runs a kind: median score (each run's), and how long after the first contentful paint the largest one came, each run (0: the first paint was the largest).`,
    "",
    "| Page | Score | Runs | LCP after FCP (ms) | Largest paint |",
    "|---|---|---|---|---|",
    ...Object.entries(lighthouse.pages).map(([kind, p]) => `| ${kind} | ${p.score} | ${p.scores.join(", ")} | ${p.lcp_after_fcp_ms.join(", ")} | ${p.lcp_elements.map((e) => `\`${e}\``).join(", ")} |`),
    "",
  ] : []),
  ...(crates ? [
    `The release wasm by crate (twiggy, ${show(crates.total_bytes, "bytes")} without its names; functions in wasm-top.txt):`,
    "",
    "| Crate | Bytes | Share |",
    "|---|---|---|",
    ...crates.crates.slice(0, 20).map((c) => `| ${c.crate} | ${c.bytes} | ${c.percent.toFixed(1)}% |`),
    "",
  ] : []),
  "| First view of a post | App | Hugo |",
  "|---|---|---|",
  ...["fcp_ms", "h1_visible_ms", "body_visible_ms"].map((k) => `| ${k.replace(/_ms$/, "").replace(/_/g, " ")} | ${fv.app[k].toFixed(0)} ms | ${fv.hugo[k].toFixed(0)} ms |`),
  `| transfer | ${fv.app.transfer_bytes} B | ${fv.hugo.transfer_bytes} B |`,
  `| next post | ${pages.navigation.app_in_app_ms.toFixed(0)} ms (in the app) | ${pages.navigation.hugo_full_load_ms.toFixed(0)} ms (page load) |`,
  "",
  ...(pages.samples ? [
    "Every run, fastest to slowest (ms):",
    "",
    ...[["body visible, first view", pages.samples.first_view_body_visible_ms], ["next post", pages.samples.next_post_ms]]
      .map(([name, s]) => `- ${name}: app ${spread(s.app)}; Hugo ${spread(s.hugo)}`),
    "",
  ] : []),
  ...(scale.samples ? [
    `At 10,000 posts, every run, fastest to slowest (ms; a longest task of 0 is none of 50 ms or more):`,
    "",
    ...[["thread shown", "render_ms"], ["longest task", "longest_task_ms"], ["all 1,000 comments", "all_comments_ms"]]
      .map(([name, k]) => `- ${name}: ${spread(scale.samples[k])}`),
    "",
  ] : []),
  `All 1,000 comments on the page ${scale.all_comments_ms.toFixed(0)} ms after their file arrived; the 10,000-post list page's first view ${scale.list_first_view_ms.toFixed(0)} ms.`,
  "",
  ...(result.wordpress_publish ? [
    `Publishing from a WordPress of ${result.wordpress_publish.wordpress.posts} posts and ${result.wordpress_publish.wordpress.comments} comments (wordpress-scale.md): full publish ${result.wordpress_publish.full.wall_s_median.toFixed(1)} s (median of ${result.wordpress_publish.full.runs.length}), peak memory ${(result.wordpress_publish.full.peak_rss_bytes_max / 2 ** 20).toFixed(0)} MiB, ${result.wordpress_publish.full.runs[0].requests.total} requests; after one edit ${result.wordpress_publish.incremental.skipped ?? `${result.wordpress_publish.incremental.wall_s.toFixed(1)} s, ${result.wordpress_publish.incremental.requests.total} requests`}.`,
    "",
  ] : []),
  `Versions: ${Object.entries(result.versions).map(([k, v]) => `${k} ${v}`).join("; ")}.`,
  "",
].join("\n");
writeFileSync(`${OUT}/results.md`, md);
console.log(md);
process.exit(budgets.every((b) => b.met) ? 0 : 1);
