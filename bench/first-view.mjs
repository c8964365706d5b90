// First view of a post with Lighthouse's mobile throttling (150 ms round trip, 1.6 Mbps,
// 4x slower CPU), set through the DevTools protocol: the pre-rendered page against a plain
// HTML copy of it (the same page without its scripts). Run by scripts/bench.
//
//   BASE_URL=http://127.0.0.1:PORT node bench/first-view.mjs OUT.json
import { chromium } from "playwright-core";
import { writeFileSync, readFileSync, mkdirSync } from "node:fs";
import os from "node:os";

const base = process.env.BASE_URL;
const out = process.argv[2] || "bench-results/first-view.json";
const POST = process.env.POST || "/2014/10/10/an-update-to-our-digital-strategy/";
const RUNS = Number(process.env.RUNS || 7);
const PLAIN = "/bench-plain/post.html";

// The plain HTML copy: the pre-rendered page without its module script, its preloads and its
// hydration data. Written into the build, so both are served alike.
const dist = process.env.DIST || "dist";
const prerendered = readFileSync(`${dist}${POST}index.html`, "utf8");
const plainHtml = prerendered
  .replace(/<script type="?module"?>[\s\S]*?<\/script>/g, "")
  .replace(/<link[^>]*rel="?(modulepreload|preload)"?[^>]*>/g, "")
  .replace(/<script type="application\/json" id="app-hydration">[\s\S]*?<\/script>/g, "");
if (plainHtml.includes("<script")) throw new Error("the plain copy still has a script");
mkdirSync(`${dist}/bench-plain`, { recursive: true });
writeFileSync(`${dist}${PLAIN}`, plainHtml);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function measure(path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    window.__timing = {};
    // The post body is visible in the first frame in which it is in the document and styled
    // (the GOV.UK font rules have applied); animation frames run just before each paint.
    const watch = () => {
      const body = document.querySelector(".app-prose p");
      if (body && getComputedStyle(body).fontFamily.toLowerCase().includes("arial") && body.getBoundingClientRect().height > 0) {
        window.__timing.body = performance.now();
      } else {
        requestAnimationFrame(watch);
      }
    };
    requestAnimationFrame(watch);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === "first-contentful-paint") window.__timing.fcp = e.startTime;
    }).observe({ type: "paint", buffered: true });
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      window.__timing.lcp = entries[entries.length - 1].startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  await page.goto(base + path, { waitUntil: "load" });
  await page.waitForFunction(() => window.__timing.body && window.__timing.fcp, null, { timeout: 60000 });
  await page.waitForTimeout(500);
  const timing = await page.evaluate(() => window.__timing);
  const bytes = await page.evaluate(() =>
    performance.getEntriesByType("resource").reduce((sum, e) => sum + e.transferSize, 0) +
    (performance.getEntriesByType("navigation")[0]?.transferSize || 0));
  await context.close();
  return { ...timing, bytes };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const results = { app: [], plain: [] };
for (let run = 0; run < RUNS; run++) {
  // Alternate, so a slow moment of the machine does not fall on one side only.
  results.app.push(await measure(POST));
  results.plain.push(await measure(PLAIN));
}
await browser.close();

const summary = (runs) => ({
  runs: runs.length,
  first_contentful_paint_ms: median(runs.map((r) => r.fcp)),
  body_visible_ms: median(runs.map((r) => r.body)),
  largest_contentful_paint_ms: median(runs.map((r) => r.lcp)),
  transfer_bytes: median(runs.map((r) => r.bytes)),
});
const app = summary(results.app);
const plain = summary(results.plain);
const result = {
  when: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model },
  throttling: { round_trip_ms: 150, download_mbps: 1.6, cpu_slowdown: 4 },
  page: POST,
  app,
  plain_html: plain,
  body_visible_ratio: app.body_visible_ms / plain.body_visible_ms,
  budget_ratio: 1.1,
};
writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
console.log(JSON.stringify(result, null, 2));
