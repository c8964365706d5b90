// What each kind of page costs before it is interactive (issue 23): the code (wasm, JS, CSS)
// it requests before the app has taken over, in bytes as the server sends them (raw, gzip,
// brotli), the requests, the total blocking time and the longest task. Chromium at
// Lighthouse's mobile settings (throttle.mjs), cache off, service workers blocked (a first
// visit's worker installs after the page is interactive, in its own thread). Run by
// scripts/bench.
//
//   APP_URL=http://127.0.0.1:A node bench/weight.mjs OUT.json
//   KINDS=post APP_URL=… node bench/weight.mjs OUT.json    only those kinds (comma-separated)
//
// Interactive: the app has marked <html data-app> (it has hydrated the pre-rendered page, or
// rendered one); a page on which that does not happen within 60 s counts everything up to
// then. Code before interactive: the .wasm, .js and .css requests that started before that.
// Total blocking time: as Lighthouse counts it, each main-thread task's time beyond 50 ms,
// from first contentful paint (a task that started earlier counts from it) to 3 s after
// interactive, when the page is settled. Longest task: the longest from navigation to then
// (the Long Tasks API reports only tasks of 50 ms or more: 0 means none). Each code file's
// raw, gzip and brotli sizes are the bodies the server sends when asked for no encoding, for
// gzip only, and for brotli as Chromium asks (nginx with the build's .br and .gz copies; a file
// under 1 KB has none, and comes as it is, or gzipped on the fly).
import { writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { launch, throttledPage, median } from "./throttle.mjs";
import { PAGE_KINDS } from "./page-kinds.mjs";

const APP = process.env.APP_URL;
const out = process.argv[2] || "bench-results/weight.json";
const RUNS = Number(process.env.WEIGHT_RUNS || process.env.RUNS || 3);
const SETTLE_MS = 3000;

const KINDS = process.env.KINDS?.split(",").map((k) => k.trim());
const PAGES = KINDS ? PAGE_KINDS.filter(([kind]) => KINDS.includes(kind)) : PAGE_KINDS;
if (PAGES.length === 0) throw new Error(`KINDS=${process.env.KINDS} names no kind of page in bench/page-kinds.mjs`);

const isCode = (url) => /\.(wasm|m?js|css)$/.test(new URL(url).pathname);

function observe() {
  const w = (window.__weight = { longTasks: [], fcp: null, interactive: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") w.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  const mark = () => {
    if (w.interactive == null && document.documentElement?.hasAttribute("data-app")) w.interactive = performance.now();
  };
  // On the document itself: <html> may not exist yet when this runs.
  new MutationObserver(mark).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-app"] });
}

async function measure(browser, path, { saveData = false } = {}) {
  const { context, page, cdp } = await throttledPage(browser, { serviceWorkers: "block" });
  // Chromium's data saver (navigator.connection.saveData), which the start-up gate reads.
  if (saveData) await cdp.send("Emulation.setDataSaverOverride", { dataSaverEnabled: true });
  await page.addInitScript(observe);
  await page.goto(APP + path, { waitUntil: "load" });
  // Saving data, a reading page never starts the app: it is interactive as it is, and the
  // figures are taken a settling time after its load. A page that needs the app says so.
  const eager = (await page.locator('meta[name="app-load"][content="eager"]').count()) > 0;
  const interactive = await page
    .waitForFunction(() => window.__weight.interactive, null, { timeout: saveData && !eager ? 1 : 60_000 })
    .then(() => true, () => false);
  await page.waitForTimeout(SETTLE_MS);
  const seen = await page.evaluate((settle) => {
    const w = window.__weight;
    const end = (w.interactive ?? performance.now() - settle) + settle;
    const until = w.interactive ?? Infinity;
    const nav = performance.getEntriesByType("navigation")[0];
    const resources = performance.getEntriesByType("resource").filter((r) => r.startTime <= until);
    const blocking = w.longTasks
      .filter((t) => w.fcp != null && t.start + t.duration > w.fcp && t.start < end)
      .reduce((sum, t) => sum + Math.max(0, t.start + t.duration - Math.max(t.start, w.fcp) - 50), 0);
    return {
      fcp_ms: w.fcp,
      interactive_ms: w.interactive,
      requests: resources.length + 1,
      transfer_bytes: resources.reduce((sum, r) => sum + r.transferSize, nav?.transferSize || 0),
      resources: resources.map((r) => ({ url: r.name, encoded: r.encodedBodySize, decoded: r.decodedBodySize })),
      tbt_ms: blocking,
      longest_task_ms: Math.max(0, ...w.longTasks.filter((t) => t.start < end).map((t) => t.duration)),
    };
  }, SETTLE_MS);
  await context.close();
  const code = seen.resources.filter((r) => isCode(r.url));
  return { ...seen, interactive, code_urls: code.map((r) => r.url), code_transfer_bytes: code.reduce((s, r) => s + r.encoded, 0) };
}

/** The body's length as the server sends it for `Accept-Encoding: encoding` (none if null). */
function served(url, encoding) {
  return new Promise((resolve, reject) => {
    const headers = encoding ? { "Accept-Encoding": encoding } : {};
    httpRequest(url, { headers }, (response) => {
      let bytes = 0;
      response.on("data", (chunk) => (bytes += chunk.length));
      response.on("end", () => resolve({ bytes, encoding: response.headers["content-encoding"] || "identity" }));
      response.on("error", reject);
    }).on("error", reject).end();
  });
}

const sizeCache = new Map();
async function sizes(url) {
  if (!sizeCache.has(url)) {
    // Brotli as Chromium asks: a file without a .br copy (under 1 KB) then comes as gzip.
    const [raw, gzip, brotli] = await Promise.all([served(url, null), served(url, "gzip"), served(url, "gzip, deflate, br")]);
    sizeCache.set(url, { url: new URL(url).pathname, raw: raw.bytes, gzip: gzip.bytes, brotli: brotli.bytes, brotli_sent_as: brotli.encoding });
  }
  return sizeCache.get(url);
}

const browser = await launch();
const samples = Object.fromEntries(PAGES.map(([kind]) => [kind, []]));
for (let run = 0; run < RUNS; run++) {
  // Every kind once per round, so a slow moment of the machine does not fall on one kind only.
  for (const [kind, path] of PAGES) samples[kind].push(await measure(browser, path));
}
await browser.close();

const pages = {};
for (const [kind, path] of PAGES) {
  const runs = samples[kind];
  // The code of the last run (the same files every run: the build's); the union, should a run differ.
  const urls = [...new Set(runs.flatMap((r) => r.code_urls))];
  const files = await Promise.all(urls.map(sizes));
  const total = (key) => files.reduce((s, f) => s + f[key], 0);
  pages[kind] = {
    path,
    interactive_every_run: runs.every((r) => r.interactive),
    code: { files: files.length, raw: total("raw"), gzip: total("gzip"), brotli: total("brotli"), list: files },
    code_transfer_bytes: median(runs.map((r) => r.code_transfer_bytes)),
    requests: median(runs.map((r) => r.requests)),
    transfer_bytes: median(runs.map((r) => r.transfer_bytes)),
    fcp_ms: median(runs.map((r) => r.fcp_ms)),
    interactive_ms: median(runs.map((r) => r.interactive_ms)),
    tbt_ms: median(runs.map((r) => r.tbt_ms)),
    longest_task_ms: median(runs.map((r) => r.longest_task_ms)),
    samples: { tbt_ms: runs.map((r) => r.tbt_ms), longest_task_ms: runs.map((r) => r.longest_task_ms), interactive_ms: runs.map((r) => r.interactive_ms) },
  };
}
// The same pages for a reader saving data (Save-Data on): once each, for the code they load
// (the start-up gate should keep every reading page to no wasm at all) and their blocking time.
const savingBrowser = await launch();
const saving = {};
for (const [kind, path] of PAGES) {
  const run = await measure(savingBrowser, path, { saveData: true });
  const files = await Promise.all(run.code_urls.map(sizes));
  saving[kind] = {
    path,
    app_started: run.interactive,
    code: { files: files.length, raw: files.reduce((s, f) => s + f.raw, 0), brotli: files.reduce((s, f) => s + f.brotli, 0), list: files.map((f) => f.url) },
    tbt_ms: run.tbt_ms,
    longest_task_ms: run.longest_task_ms,
  };
}
await savingBrowser.close();

const result = { runs: RUNS, settle_ms: SETTLE_MS, pages, saving_data: saving };
writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
for (const [kind, p] of Object.entries(pages)) {
  console.log(`${kind.padEnd(12)} code ${p.code.files} files: ${p.code.raw} raw, ${p.code.gzip} gzip, ${p.code.brotli} brotli; ` +
    `${p.requests} requests; TBT ${p.tbt_ms?.toFixed(0)} ms; longest task ${p.longest_task_ms?.toFixed(0)} ms; interactive ${p.interactive_ms?.toFixed(0)} ms`);
}
for (const [kind, p] of Object.entries(saving)) {
  console.log(`saving data: ${kind.padEnd(12)} app ${p.app_started ? "started" : "not started"}; code ${p.code.files} files, ${p.code.brotli} brotli; ` +
    `TBT ${p.tbt_ms?.toFixed(0)} ms; longest task ${p.longest_task_ms?.toFixed(0)} ms`);
}
