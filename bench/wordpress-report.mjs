// What bench/wordpress-scale.sh measured, as JSON and as a readable summary (printed too).
//
//   node bench/wordpress-report.mjs RUNS_DIR OUT.json OUT.md
//
// RUNS_DIR holds run.env (the set-up) and, for each publish run measured (full-1 … full-N,
// and incremental when the command has --state), NAME.time (GNU time -v), NAME.log (the publish
// command's output), NAME.requests (what WordPress's server logged meanwhile) and NAME.env.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";

const [dir, jsonOut, mdOut] = process.argv.slice(2);
const text = (name) => readFileSync(`${dir}/${name}`, "utf8");
const env = (name) =>
  Object.fromEntries(text(name).split("\n").filter((l) => l.includes("=")).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
const number = (s) => (s === undefined || s === "" ? null : Number(s));

/** GNU time -v's figures: wall clock as h:mm:ss or m:ss.ss. */
function timeFigures(report) {
  const field = (label) => report.match(new RegExp(`^\\s*${label}: (.*)$`, "m"))?.[1];
  const wall = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)")
    .split(":").map(Number).reduce((total, part) => total * 60 + part, 0);
  return {
    // (m:ss.ss added up in binary fractions: 111.00999…)
    wall_s: Math.round(wall * 100) / 100,
    user_cpu_s: number(field("User time \\(seconds\\)")),
    system_cpu_s: number(field("System time \\(seconds\\)")),
    peak_rss_bytes: number(field("Maximum resident set size \\(kbytes\\)")) * 1024,
  };
}

/** The requests WordPress answered (bench/wordpress-router.php's log: status, method,
 * address, seconds), by status and by collection, with WordPress's own time for them. */
function requestFigures(log) {
  const byStatus = {};
  const byCollection = {};
  let total = 0;
  for (const line of log.split("\n").filter(Boolean)) {
    const [status, , address, seconds] = line.split("\t");
    total += 1;
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    // /wp-json/wp/v2/posts?... -> posts
    const collection = address.match(/\/wp-json\/wp\/v2\/([a-z-]+)/)?.[1] ?? address.split("?")[0];
    const c = (byCollection[collection] ??= { requests: 0, wordpress_s: 0, slowest_s: 0 });
    c.requests += 1;
    c.wordpress_s += Number(seconds);
    c.slowest_s = Math.max(c.slowest_s, Number(seconds));
  }
  return { total, by_status: byStatus, by_collection: byCollection };
}

/** The publish command's own report of its phases, and of an incremental rebuild's counts. */
function publishFigures(log) {
  const lines = log.split("\n").filter((l) => l.startsWith("publish:"));
  const read = log.match(/read (\d+) posts and (\d+) comments from WordPress in ([\d.]+) s/);
  const rendered = log.match(/pre-rendered (\d+) pages in ([\d.]+) s/);
  const wrote = log.match(/wrote (\d+) files for (\d+) posts/);
  // Whatever words the rebuild's report uses around its numbers: "3 fetched" or "fetched: 3".
  const counts = {};
  for (const word of ["fetched", "rendered", "unchanged", "deleted"]) {
    // (Not "pre-rendered 35172 pages", every build's message.)
    const m = log.match(new RegExp(`(\\d+) ${word}\\b|(?<![\\w-])${word}[ :=]+(\\d+)`));
    if (m) counts[word] = Number(m[1] ?? m[2]);
  }
  return {
    posts_read: read ? Number(read[1]) : null,
    comments_read: read ? Number(read[2]) : null,
    reading_s: read ? Number(read[3]) : null,
    pages_prerendered: rendered ? Number(rendered[1]) : null,
    prerendering_s: rendered ? Number(rendered[2]) : null,
    files_written: wrote ? Number(wrote[1]) : null,
    incremental_counts: Object.keys(counts).length ? counts : null,
    messages: lines,
  };
}

function run(name) {
  if (!existsSync(`${dir}/${name}.time`)) return null;
  const e = env(`${name}.env`);
  const ticks = number(e.clock_ticks);
  return {
    ...timeFigures(text(`${name}.time`)),
    load_average_before: e.load_before.split(" ").map(Number),
    load_average_after: e.load_after.split(" ").map(Number),
    requests: requestFigures(text(`${name}.requests`)),
    wordpress_cpu_s: number(e.wordpress_ticks) / ticks,
    database_cpu_s: number(e.database_ticks) / ticks,
    output: { html_pages: number(e.html_pages), files: number(e.files), bytes: number(e.bytes) },
    publish: publishFigures(text(`${name}.log`)),
  };
}

const setup = env("run.env");
const fullRuns = Array.from({ length: Number(setup.runs) }, (_, i) => run(`full-${i + 1}`));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const [posts, comments, onNewest] = setup.size.split(",").map(Number);
const result = {
  when: new Date().toISOString(),
  commit: setup.commit,
  machine: {
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memory_gib: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
  },
  wordpress: {
    posts,
    comments,
    comments_on_newest: onNewest,
    seeded_in_s: setup.seed_started ? Number(setup.seed_ended) - Number(setup.seed_started) : null,
    reused_seed: !setup.seed_started,
    versions: { wordpress: setup.wordpress, php: setup.php, mariadb: setup.mariadb },
    server: `PHP's built-in server, PHP_CLI_SERVER_WORKERS=${setup.workers}, opcache.enable_cli=1`,
  },
  command: setup.command,
  full: {
    wall_s_median: median(fullRuns.map((r) => r.wall_s)),
    peak_rss_bytes_max: Math.max(...fullRuns.map((r) => r.peak_rss_bytes)),
    runs: fullRuns,
  },
  incremental: setup.incremental === "true"
    ? { edited_post: Number(setup.edited_post), ...run("incremental") }
    : { skipped: "the publish command has no --state option" },
};
writeFileSync(jsonOut, JSON.stringify(result, null, 2) + "\n");

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const s = (seconds) => (seconds == null ? "–" : `${seconds.toFixed(1)} s`);
const row = (label, r) => {
  if (!r || r.skipped) return `| ${label} | ${r?.skipped ?? "not run"} ||||||||`;
  const p = r.publish;
  return `| ${label} | ${s(r.wall_s)} | ${s(p.reading_s)} | ${s(p.prerendering_s)} | ${mb(r.peak_rss_bytes)} | ${r.requests.total} | ${s(r.wordpress_cpu_s)} / ${s(r.database_cpu_s)} | ${r.output.html_pages} / ${r.output.files} (${mb(r.output.bytes)}) | ${r.load_average_before[0]} → ${r.load_average_after[0]} |`;
};
const md = [
  `# Publishing a WordPress of ${posts.toLocaleString("en-GB")} posts, ${result.when}`,
  "",
  `${comments.toLocaleString("en-GB")} comments (${onNewest.toLocaleString("en-GB")} on the newest post). Commit ${result.commit}. Machine: ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memory_gib} GiB, shared: its load average is in the table. WordPress ${setup.wordpress}, PHP ${setup.php}, MariaDB ${setup.mariadb}: ${result.wordpress.server}. Seed: ${result.wordpress.reused_seed ? "reused" : s(result.wordpress.seeded_in_s)}.`,
  "",
  `\`${setup.command}\``,
  "",
  "| Run | Wall | Reading WordPress | Pre-rendering | Peak memory | Requests | WordPress / MariaDB CPU | HTML pages / files (bytes) | Load, 1 min, before → after |",
  "|---|---|---|---|---|---|---|---|---|",
  ...fullRuns.map((r, i) => row(`Full publish ${i + 1}`, r)),
  row(`After one edit (post ${setup.edited_post})`, result.incremental),
  "",
  `Full publish: median wall time ${s(result.full.wall_s_median)} over ${fullRuns.length} run(s).`,
  "",
  ...[...fullRuns.map((r, i) => [`Full publish ${i + 1}`, r]), ["After one edit", result.incremental]].filter(([, r]) => r && !r.skipped).flatMap(([label, r]) => [
    `${label}: requests by collection (with WordPress's time for them, summed, and the slowest) ${Object.entries(r.requests.by_collection).map(([k, v]) => `${k} ${v.requests} (${s(v.wordpress_s)}, slowest ${v.slowest_s.toFixed(2)} s)`).join(", ")}; by status ${Object.entries(r.requests.by_status).map(([k, v]) => `${k} ${v}`).join(", ")}. The command's CPU: ${s(r.user_cpu_s)} user, ${s(r.system_cpu_s)} system.${r.publish.incremental_counts ? ` Its counts: ${Object.entries(r.publish.incremental_counts).map(([k, v]) => `${k} ${v}`).join(", ")}.` : ""}`,
    "",
    ...r.publish.messages.map((m) => `    ${m}`),
    "",
  ]),
].join("\n");
writeFileSync(mdOut, md);
console.log(md);
