// Lighthouse 12's mobile performance score for each kind of page (issue 23: 95 or more on
// every reading page), as deployed: the release build on the project's nginx. Lighthouse's
// own defaults (mobile form factor, simulated throttling: 150 ms, 1.6 Mbps, 4x CPU), its
// performance category only, Debian's Chromium headless. Installed by `scripts/setup bench`
// in .tools/lighthouse. Run by scripts/bench.
//
//   APP_URL=http://127.0.0.1:A node bench/lighthouse.mjs OUT.json
//
// Per kind: the median score, first and largest contentful paint, total blocking time and
// time to interactive, each run's score, and what the largest paint was (its element's
// selector): the take-over should never paint content again, so the largest paint is the
// first view's.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median } from "./throttle.mjs";
import { PAGE_KINDS } from "./page-kinds.mjs";

const APP = process.env.APP_URL;
const out = process.argv[2] || "bench-results/lighthouse.json";
const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
const LIGHTHOUSE = new URL("../.tools/lighthouse/node_modules/.bin/lighthouse", import.meta.url).pathname;
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-quic --disable-background-networking --disable-component-update --disable-sync";

const PAGES = PAGE_KINDS;

function runOnce(url, folder) {
  const report = join(folder, "report.json");
  execFileSync(LIGHTHOUSE, [
    url,
    "--quiet",
    "--only-categories=performance",
    `--chrome-path=${process.env.CHROMIUM || "/usr/bin/chromium"}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    "--output=json",
    `--output-path=${report}`,
  ], { stdio: ["ignore", "ignore", "inherit"] });
  const lhr = JSON.parse(readFileSync(report, "utf8"));
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const lcpElement = lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.selector ?? null;
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    fcp_ms: audit("first-contentful-paint"),
    lcp_ms: audit("largest-contentful-paint"),
    tbt_ms: audit("total-blocking-time"),
    tti_ms: audit("interactive"),
    lcp_element: lcpElement,
    lighthouse: lhr.lighthouseVersion,
  };
}

const folder = mkdtempSync(join(tmpdir(), "lighthouse-"));
const pages = {};
try {
  const samples = Object.fromEntries(PAGES.map(([kind]) => [kind, []]));
  // Every kind once per round, so a slow moment of the machine does not fall on one kind only.
  for (let run = 0; run < RUNS; run++) {
    for (const [kind, path] of PAGES) samples[kind].push(runOnce(APP + path, folder));
  }
  for (const [kind, path] of PAGES) {
    const runs = samples[kind];
    const m = (key) => median(runs.map((r) => r[key]));
    pages[kind] = {
      path,
      score: m("score"),
      fcp_ms: m("fcp_ms"),
      lcp_ms: m("lcp_ms"),
      tbt_ms: m("tbt_ms"),
      tti_ms: m("tti_ms"),
      scores: runs.map((r) => r.score),
      lcp_after_fcp_ms: runs.map((r) => Math.round(r.lcp_ms - r.fcp_ms)),
      lcp_elements: [...new Set(runs.map((r) => r.lcp_element))],
      lighthouse: runs[0].lighthouse,
    };
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
writeFileSync(out, JSON.stringify({ runs: RUNS, pages }, null, 2) + "\n");
for (const [kind, p] of Object.entries(pages)) {
  console.log(`${kind.padEnd(12)} score ${p.score} (${p.scores.join(", ")}); FCP ${p.fcp_ms?.toFixed(0)} ms, LCP ${p.lcp_ms?.toFixed(0)} ms ` +
    `(after FCP: ${p.lcp_after_fcp_ms.join(", ")} ms), TBT ${p.tbt_ms?.toFixed(0)} ms, TTI ${p.tti_ms?.toFixed(0)} ms`);
}
