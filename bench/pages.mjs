// A post's first view, and following the link to the next post, in the app (pre-rendered
// page, then in-app navigation) and in the Hugo baseline (a full page load each time), with
// mobile throttling. Run by scripts/bench.
//
//   APP_URL=http://127.0.0.1:A HUGO_URL=http://127.0.0.1:H node bench/pages.mjs OUT.json
import { writeFileSync } from "node:fs";
import { launch, throttledPage, median } from "./throttle.mjs";

const APP = process.env.APP_URL;
const HUGO = process.env.HUGO_URL;
const out = process.argv[2] || "bench-results/pages.json";
const POST = "/2014/10/10/an-update-to-our-digital-strategy/";
const NEXT = "/2014/10/21/a-register-of-our-projects/";
const RUNS = Number(process.env.RUNS || 7);

// Watches, frame by frame, for the page's H1 and the first paragraph of the post body being
// in the document, laid out and styled (the GOV.UK font stack applied): requestAnimationFrame
// callbacks run just before each paint. `since` is when the clock started (0: navigation).
function watchVisible() {
  window.__seen = { since: 0 };
  const styled = (el) => el && el.getBoundingClientRect().height > 0 && getComputedStyle(el).fontFamily.toLowerCase().includes("arial");
  const tick = () => {
    const h1 = document.querySelector("h1");
    const body = document.querySelector(".app-prose p");
    const want = window.__seen.expect;
    if (!window.__seen.h1 && styled(h1) && (!want || h1.textContent.includes(want))) window.__seen.h1 = performance.now();
    if (window.__seen.h1 && !window.__seen.body && styled(body)) window.__seen.body = performance.now();
    if (!window.__seen.body) requestAnimationFrame(tick);
  };
  window.__seen.restart = (expect) => {
    window.__seen = { since: performance.now(), expect, restart: window.__seen.restart };
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") window.__fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
}

const seen = (page) => page.waitForFunction(() => window.__seen?.body, null, { timeout: 60_000 }).then(() => page.evaluate(() => ({ ...window.__seen, fcp: window.__fcp })));
const transfer = (page) => page.evaluate(() =>
  performance.getEntriesByType("resource").reduce((sum, e) => sum + e.transferSize, 0) +
  (performance.getEntriesByType("navigation")[0]?.transferSize || 0));

async function firstView(browser, base) {
  const { context, page } = await throttledPage(browser);
  await page.addInitScript(watchVisible);
  await page.goto(base + POST, { waitUntil: "load" });
  const s = await seen(page);
  await page.waitForFunction(() => window.__fcp != null, null, { timeout: 60_000 });
  const fcp = await page.evaluate(() => window.__fcp);
  await page.waitForTimeout(300);
  const bytes = await transfer(page);
  await context.close();
  return { fcp_ms: fcp, h1_visible_ms: s.h1, body_visible_ms: s.body, transfer_bytes: bytes };
}

// From the click on the next post's link to its H1 and body on screen. The app navigates in
// place; Hugo loads a new page (its stylesheet already cached by the first), whose clock
// starts at navigation, which the click starts.
async function nextPost(browser, base, app) {
  const { context, page } = await throttledPage(browser, { cold: false });
  await page.addInitScript(watchVisible);
  await page.goto(base + POST, { waitUntil: "load" });
  await seen(page);
  if (app) await page.locator("html[data-app]").waitFor({ state: "attached", timeout: 60_000 });
  // What a reader does before moving on: a moment on the page.
  await page.waitForTimeout(1500);
  let ms;
  if (app) {
    await page.evaluate(([next, title]) => {
      window.__seen.restart(title);
      document.querySelector(`a[href="${next}"]`).click();
    }, [NEXT, NEXT_TITLE]);
    const s = await seen(page);
    ms = s.body - s.since;
  } else {
    await Promise.all([page.waitForURL(base + NEXT), page.click(`a[href="${NEXT}"]`)]);
    const s = await seen(page);
    ms = s.body;
  }
  await context.close();
  return { next_post_ms: ms };
}

// The next post's title, which tells the app's new page from the old one.
const nextHtml = await (await fetch(APP + NEXT)).text();
const NEXT_TITLE = /<h1[^>]*>([^<]*)/.exec(nextHtml)[1];

const browser = await launch();
const runs = { app: [], hugo: [], app_nav: [], hugo_nav: [] };
for (let run = 0; run < RUNS; run++) {
  // Alternate, so a slow moment of the machine does not fall on one side only.
  runs.app.push(await firstView(browser, APP));
  runs.hugo.push(await firstView(browser, HUGO));
  runs.app_nav.push(await nextPost(browser, APP, true));
  runs.hugo_nav.push(await nextPost(browser, HUGO, false));
}
await browser.close();

const summary = (list) => Object.fromEntries(
  ["fcp_ms", "h1_visible_ms", "body_visible_ms", "transfer_bytes"].map((k) => [k, median(list.map((r) => r[k]))]));
const result = {
  runs: RUNS,
  page: POST,
  next: NEXT,
  first_view: { app: summary(runs.app), hugo: summary(runs.hugo) },
  navigation: {
    app_in_app_ms: median(runs.app_nav.map((r) => r.next_post_ms)),
    hugo_full_load_ms: median(runs.hugo_nav.map((r) => r.next_post_ms)),
  },
  // Every run, in order, so the spread behind each median can be judged.
  samples: {
    first_view_body_visible_ms: { app: runs.app.map((r) => r.body_visible_ms), hugo: runs.hugo.map((r) => r.body_visible_ms) },
    next_post_ms: { app: runs.app_nav.map((r) => r.next_post_ms), hugo: runs.hugo_nav.map((r) => r.next_post_ms) },
  },
};
writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
console.log(JSON.stringify(result, null, 2));
