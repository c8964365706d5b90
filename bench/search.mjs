// Search benchmark: the index of a 10,000-post site, and how long a keystroke takes from the
// input event to the results on screen, in headless Chromium. Run by scripts/bench.
//
//   SCALE_URL=http://127.0.0.1:PORT node bench/search.mjs OUT.json
import { chromium } from "playwright-core";
import { gzipSync, brotliCompressSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import os from "node:os";

const base = process.env.SCALE_URL;
const out = process.argv[2] || "bench-results/search.json";
const QUERIES = ["service data", "digital consultation", "post 99", "research team skills", "kamira", "open policy"];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage();

const site = await (await fetch(`${base}/data/site.json`)).json();
const indexBytes = Buffer.from(await (await fetch(`${base}/${site.files.search}`)).arrayBuffer());

const loadStart = Date.now();
await page.goto(`${base}/search/`);
await page.locator(".app-search__status").waitFor();
const firstLoadMs = Date.now() - loadStart;

// In the page, from the Event Timing API: for each key, how long the app's input handler ran
// (the search and the redraw of the results), and the time from the key to the next paint
// (what the Interaction to Next Paint metric measures).
await page.evaluate(() => {
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__events.push({ name: entry.name, duration: entry.duration, processing: entry.processingEnd - entry.processingStart });
    }
  }).observe({ type: "event", durationThreshold: 0 });
});
const box = page.locator("#search-page-q");
for (const query of QUERIES) {
  await box.fill("");
  for (const char of query) {
    await box.press(char === " " ? "Space" : char);
    await page.waitForTimeout(20);
  }
}
await page.waitForTimeout(500);
const events = await page.evaluate(() => window.__events);
const sorted = (values) => values.sort((a, b) => a - b);
const quantile = (values, q) => values[Math.min(values.length - 1, Math.floor(q * values.length))];
const handling = sorted(events.filter((e) => e.name === "input").map((e) => e.processing));
const toPaint = sorted(events.filter((e) => e.name === "keydown").map((e) => e.duration));
const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
await browser.close();

const result = {
  when: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memory_gib: Math.round(os.totalmem() / 2 ** 30) },
  posts: site.post_count,
  index: {
    bytes: indexBytes.length,
    gzip_bytes: gzipSync(indexBytes, { level: 9 }).length,
    brotli_bytes: brotliCompressSync(indexBytes).length,
  },
  search_page_first_load_ms: firstLoadMs,
  keystroke_ms: {
    what: "the input handler: the search and the redraw of the results",
    samples: handling.length,
    median: quantile(handling, 0.5),
    p95: quantile(handling, 0.95),
    max: handling[handling.length - 1],
  },
  key_to_next_paint_ms: {
    what: "Event Timing durations (rounded by the browser to 8 ms), including the wait for the next frame",
    samples: toPaint.length,
    median: quantile(toPaint, 0.5),
    p95: quantile(toPaint, 0.95),
  },
  budget_ms: 20,
  js_heap_bytes: heap,
};
writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
console.log(JSON.stringify(result, null, 2));
