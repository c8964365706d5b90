// With JavaScript on, a pre-rendered page is taken over in place, by its reading code (the
// parts that need code: src/reading) or, where that cannot be had, by the app: nothing
// disappears, nothing moves, focus and scroll stay, and from then on navigation needs no page
// load.
import { test, expect, at, appStarted, holdFetches, withTheApp, SEED_POST, SEED_TITLE, LONG_POST } from "./fixtures.mjs";

/**
 * Waits until the page has nothing left to do: an idle period, a frame drawn, and another
 * idle period, so that whatever the app queued on taking over has run and been drawn. Each
 * idle wait gives up after 2 s, and the whole after 5: in two whole-suite runs (never when
 * run alone) this wait did not end for 30 s after the reading code took a page over, while
 * the page answered everything else at once. What the test checks is the page as it is then.
 */
async function settled(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const idle = (then) => requestIdleCallback(then, { timeout: 2000 });
        idle(() => requestAnimationFrame(() => idle(resolve)));
        setTimeout(resolve, 5000);
      }),
  );
}

const takers = [
  ["reading code", "parts"],
  ["app", "hydrated"],
];
for (const [path, [code, taker]] of [SEED_POST, "/", "/projects/", LONG_POST].flatMap((path) => takers.map((t) => [path, t]))) {
  test(`taking over ${path} (the ${code}) changes nothing the reader sees`, async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    if (code === "app") await withTheApp(page);
    const release = await holdFetches(page, "**/*.wasm");
    await page.goto(path);
    await page.evaluate(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
      window.__removedText = [];
      window.__sawLoading = false;
      new MutationObserver((mutations) => {
        for (const m of mutations) {
          for (const node of m.removedNodes) {
            // Hydration may drop the pre-rendered page's marker comments: not visible.
            if (node.nodeType === Node.COMMENT_NODE) continue;
            const text = node.textContent?.trim();
            if (text) window.__removedText.push(text.slice(0, 60));
          }
        }
        if (document.body.innerText.includes("Loading…")) window.__sawLoading = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const before = await page.evaluate(() => document.body.innerText);
    // The reader has moved focus (to the skip link, at the top) and then scrolled down before
    // the app arrives.
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement.outerHTML.slice(0, 120));
    expect(focused).toContain("Skip to main content");
    await page.evaluate(() => window.scrollTo(0, 400));

    release();
    await appStarted(page);
    await expect(page.locator("html")).toHaveAttribute("data-app", taker);
    await settled(page);

    const after = await page.evaluate(() => document.body.innerText);
    // Buttons that need the app (Copy link) may appear; nothing else changes.
    expect(after.replace(/\nCopy link/g, "")).toBe(before);
    expect(await page.evaluate(() => window.__removedText)).toEqual([]);
    expect(await page.evaluate(() => window.__sawLoading)).toBe(false);
    expect(await page.evaluate(() => window.__shift)).toBeLessThanOrEqual(0.1);
    expect(await page.evaluate(() => Math.round(window.scrollY))).toBe(400);
    expect(await page.evaluate(() => document.activeElement.outerHTML.slice(0, 120))).toBe(focused);
  });
}

test("after taking over, links move between pages without loading one", async ({ page }) => {
  await page.goto(SEED_POST);
  await appStarted(page);
  await page.evaluate(() => (window.__samePage = true));
  const documents = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(request.url());
  });
  await page.getByRole("link", { name: "Projects", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Project register");
  await page.getByRole("link", { name: "Posts", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Digital health");
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
  expect(documents).toEqual([]);
});

test("the app fetches no data to take a pre-rendered page over, only the next post ahead of the reader", async ({ page }) => {
  // The reading code fetches the next page ahead instead (parts.spec.mjs).
  await withTheApp(page);
  const data = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith(at("/data/"))) data.push(path);
  });
  await page.goto(SEED_POST);
  await appStarted(page);
  // The seed post is the first: it has a next post and no previous one.
  await expect.poll(() => data).toEqual([at("/data/posts/a-register-of-our-projects.json")]);
  // The last of the app's start-up work on a post: building the next post's page off screen,
  // from the file just fetched. Anything else the take-over fetched would have gone by then.
  await expect(page.locator("html")).toHaveAttribute("data-rehearsed", "a-register-of-our-projects", {
    timeout: 15_000,
  });
  expect(data).toEqual([at("/data/posts/a-register-of-our-projects.json")]);
});
