// A reader who has asked to save data (the browser's Save-Data, or a connection of 2G or
// slower) reads the pre-rendered pages without downloading the app: no wasm, no app script.
// Links stay ordinary links to pre-rendered pages; search, which needs the app, still gets it.
// The browser's own overrides set what the page sees (navigator.connection), through the
// DevTools protocol: Chromium's data-saver switch, and its network emulation for 2G.
import { test, expect, at, appStarted, openFromShell, SEED_POST, SEED_TITLE, SITE } from "./fixtures.mjs";

const READING_PAGES = [
  ["post", SEED_POST, SEED_TITLE],
  ["home", "/", SITE],
  ["theme", "/themes/openness/", "Openness"],
  ["register", "/projects/", "Project register"],
  ["project", "/projects/open-data-publishing/", "Open data publishing"],
  ["archive", "/archives/", "Archives"],
  ["embed", `/embed${SEED_POST}`, SEED_TITLE],
];

/** Every request's path the page makes from now on. */
function recordRequests(page) {
  const paths = [];
  page.on("request", (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

const appCode = (paths) => paths.filter((p) => /\.wasm$|\/app-start\.[^/]*\.js$|\/strategy-blog-[^/]*\.js$/.test(p));

/** Turns the browser's data saver on for this page (navigator.connection.saveData). */
async function saveData(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setDataSaverOverride", { dataSaverEnabled: true });
}

/**
 * Waits past the moment the app would have started (the gate starts it at the first paint
 * after the page's load, or 2 s after the load at the latest), then checks that it did not.
 */
async function expectNoApp(page, requests, kind) {
  await page.waitForLoadState("load");
  await page.waitForTimeout(2500);
  expect(appCode(requests), "app code requested").toEqual([]);
  // An embed view is set up by its own small script (embed_view.js), which marks it.
  if (kind === "embed") await expect(page.locator("html")).toHaveAttribute("data-app", "embed-view");
  else await expect(page.locator("html")).not.toHaveAttribute("data-app", /.*/);
}

test.describe("saving data", () => {
  for (const [kind, path, heading] of READING_PAGES) {
    test(`the ${kind} page reads without the app's code`, async ({ page }) => {
      await saveData(page);
      const requests = recordRequests(page);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expectNoApp(page, requests, kind);
    });
  }

  test("links are ordinary links to the pre-rendered pages", async ({ page }) => {
    await saveData(page);
    const requests = recordRequests(page);
    await page.goto("/");
    const first = page.locator(".app-post-card").first().getByRole("heading").getByRole("link");
    const title = (await first.textContent()).trim();
    const href = await first.getAttribute("href");
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    // The post came as a page of its own from the server, not drawn by an app.
    expect(requests).toContain(new URL(href, page.url()).pathname);
    await expectNoApp(page, requests);
  });

  test("search still works: the search page starts the app", async ({ page }) => {
    await saveData(page);
    const requests = recordRequests(page);
    await page.goto(SEED_POST);
    await expectNoApp(page, requests);
    const box = page.getByRole("search", { name: "Site search" }).getByLabel("Search this blog");
    await box.fill("board papers");
    await box.press("Enter");
    await expect(page).toHaveURL(at("/search/?q=board+papers"));
    await appStarted(page);
    expect(appCode(requests).some((p) => p.endsWith(".wasm")), "the search page loads the wasm").toBe(true);
    await expect(page.locator(".app-search-result").first().getByRole("link")).toHaveText("Open board papers");
  });

  test("the offline page starts the app: only it knows what is saved", async ({ page }) => {
    await saveData(page);
    await page.goto("/offline/");
    await appStarted(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reading offline");
  });

  test("a page the app must draw (the page shell) still gets the app", async ({ page }) => {
    await saveData(page);
    await openFromShell(page, SEED_POST);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
    await expect(page.locator("html")).toHaveAttribute("data-app", "rendered");
  });
});

test.describe("a 2G connection", () => {
  test("a post reads without the app's code", async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    // Chromium reports an effective type of 2G from a round trip of 1.4 s or more.
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 1500,
      downloadThroughput: 1_000_000,
      uploadThroughput: 1_000_000,
    });
    const requests = recordRequests(page);
    await page.goto(SEED_POST);
    expect(await page.evaluate(() => navigator.connection.effectiveType)).toBe("2g");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
    await expectNoApp(page, requests);
  });
});

test("with no saving asked for, the app starts once the page has loaded and been painted", async ({ page }) => {
  const requests = recordRequests(page);
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === "first-contentful-paint") window.__firstPaint = entry.startTime;
      }
    }).observe({ type: "paint", buffered: true });
  });
  await page.goto(SEED_POST);
  await appStarted(page);
  const { paint, loaded, wasmAsked } = await page.evaluate(() => ({
    paint: window.__firstPaint,
    loaded: performance.getEntriesByType("navigation")[0].loadEventStart,
    wasmAsked: performance.getEntriesByType("resource").find((r) => r.name.endsWith(".wasm"))?.startTime,
  }));
  expect(appCode(requests).some((p) => p.endsWith(".wasm"))).toBe(true);
  expect(paint, "the page was painted").toBeGreaterThan(0);
  // The gate asks for the app in a task after the first frame that follows the page's load.
  // (Not compared with the paint's time: that is when the frame reached the screen, which
  // on a busy machine can come after the task has run.)
  expect(loaded, "the page loaded").toBeGreaterThan(0);
  expect(wasmAsked, "the wasm was asked for after the page's load").toBeGreaterThanOrEqual(loaded);
});
