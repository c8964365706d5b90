// The app with a generated site of 10,000 posts (1,000 comments on the newest): the list
// page's first view, the 1,000-comment thread, and memory, with mobile throttling. Run by
// scripts/bench.
//
//   SCALE_URL=http://127.0.0.1:PORT node bench/scale.mjs OUT.json
import { writeFileSync } from "node:fs";
import { launch, throttledPage, median } from "./throttle.mjs";

const base = process.env.SCALE_URL;
const out = process.argv[2] || "bench-results/scale.json";
const RUNS = Number(process.env.RUNS || 5);

function watch() {
  window.__t = { tasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__t.tasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask" });
  addEventListener("TrunkApplicationStarted", (e) => { window.__wasmMemory = e.detail.wasm.memory; });
  const tick = () => {
    const card = document.querySelector(".app-post-card h2");
    if (!window.__t.list && card && card.getBoundingClientRect().height > 0) window.__t.list = performance.now();
    const comments = document.querySelectorAll(".app-comment").length;
    if (window.__t.clicked && !window.__t.shown && comments > 0) window.__t.shown = performance.now();
    if (window.__t.clicked && !window.__t.thread && comments >= window.__t.want) window.__t.thread = performance.now();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function run(browser) {
  const { context, page, cdp } = await throttledPage(browser, { cold: false });
  await page.addInitScript(watch);
  await page.goto(`${base}/`);
  await page.waitForFunction(() => window.__t.list, null, { timeout: 120_000 });
  const list = await page.evaluate(() => window.__t.list);
  await page.locator("html[data-app]").waitFor({ state: "attached" });
  // The newest post carries the 1,000 comments; the reader follows its link from the list.
  await page.evaluate(() => {
    window.__t.want = 1000;
    window.__t.clicked = performance.now();
    document.querySelector(".app-post-card h2 a").click();
  });
  await page.waitForFunction(() => window.__t.thread, null, { timeout: 120_000 });
  const thread = await page.evaluate(() => {
    const file = performance.getEntriesByType("resource").filter((e) => e.name.includes("/data/comments/")).pop();
    // Tasks that overlap the time from the file's arrival to the last comment.
    const during = window.__t.tasks.filter(([start, length]) => start + length > file.responseEnd && start < window.__t.thread);
    return {
      // From the comments file's last byte: decoding, threading and drawing, not the network.
      // The thread is shown when its first comments are on screen; the rest follow in batches.
      render_ms: window.__t.shown - file.responseEnd,
      all_comments_ms: window.__t.thread - file.responseEnd,
      longest_task_ms: Math.max(0, ...during.map(([, length]) => length)),
      click_to_thread_ms: window.__t.thread - window.__t.clicked,
      file_bytes: file.encodedBodySize,
    };
  });
  // Memory with the list, the thread and (next) the search index loaded in the same page:
  // the header's search box navigates within the app.
  await page.fill("#header-search", "service");
  await page.press("#header-search", "Enter");
  await page.locator(".app-search__status").waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1000);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? null);
  await context.close();
  return { list_first_view_ms: list, ...thread, js_heap_bytes: usedSize, wasm_memory_bytes: wasm };
}

const browser = await launch();
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await run(browser));
await browser.close();
const result = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
result.runs = RUNS;
// Every run's figures too: a median hides how far the runs spread.
result.samples = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, runs.map((r) => r[k])]));
result.memory_bytes = result.js_heap_bytes + result.wasm_memory_bytes;
writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
console.log(JSON.stringify(result, null, 2));
