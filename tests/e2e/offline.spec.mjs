// Offline reading with the service worker: pages a reader opened, saving the whole blog,
// updates across two builds, and an online app that works the same when the worker is
// missing or broken. Run at the site's root and under a sub-path (playwright.config.mjs).
import { execFileSync } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { test, expect, open, at, appStarted, expectNoAxeViolations, SEED_POST, SEED_TITLE, SITE } from "./fixtures.mjs";

// Every other spec blocks service workers, so that their request routing sees every request.
test.use({ serviceWorkers: "allow" });

const OTHER_POST = "/2015/03/25/halfway-through-our-digital-strategy/";
const h1 = (page) => page.getByRole("heading", { level: 1 });

async function underWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
}

/** Waits until the worker has saved the page at `address`. */
async function saved(page, address) {
  const url = new URL(address, page.url()).href;
  await expect.poll(() => page.evaluate(async (u) => !!(await caches.match(u)), url)).toBe(true);
}

// Asked while the page may be reloading: an answer from the page that is there.
const cacheNames = (page) => page.evaluate(() => caches.keys()).catch(() => []);

test.describe("pages a reader opened", () => {
// Opening a page that was never saved, offline, fails its requests on purpose.
test.use({ allowedConsoleError: /net::ERR_FAILED|net::ERR_INTERNET_DISCONNECTED/ });

test("read offline: reloaded, reached by a link, or from a bookmark", async ({ page, context, sitePrefix }) => {
  await open(page, at("/"), SITE);
  await underWorker(page);
  // Each page seen before the next link is followed, as a reader would: a link followed while
  // the last page is on its way replaces it, in the history too, as in a browser.
  await page.getByRole("link", { name: "Archives", exact: true }).first().click();
  await expect(h1(page)).toHaveText("Archives");
  await page.getByRole("link", { name: "October 2014" }).first().click();
  await expect(h1(page)).toHaveText(/^Posts from October 2014/);
  await page.getByRole("link", { name: SEED_TITLE, exact: true }).click();
  await expect(h1(page)).toHaveText(SEED_TITLE);
  await saved(page, at(SEED_POST));
  await saved(page, at("/"));

  await context.setOffline(true);
  await page.reload();
  await expect(h1(page)).toHaveText(SEED_TITLE);
  const banner = page.locator(".app-offline-banner");
  await expect(banner).toContainText("You're offline");
  await expect(banner).toContainText(/This copy of the page was saved on \d+ \w+ \d{4} at \d+:\d\d[ap]m/);

  // Back through the pages opened on the way, and on by links again.
  await page.goBack();
  await expect(h1(page)).toHaveText(/^Posts from October 2014/);
  await page.goBack();
  await expect(h1(page)).toHaveText("Archives");
  await page.getByRole("link", { name: "October 2014" }).first().click();
  await page.getByRole("link", { name: SEED_TITLE, exact: true }).click();
  await expect(h1(page)).toHaveText(SEED_TITLE);

  // From a bookmark.
  await page.goto(at(SEED_POST));
  await expect(h1(page)).toHaveText(SEED_TITLE);

  // A page never opened says so, and offers what is saved.
  await page.goto(at(OTHER_POST));
  await expect(h1(page)).toHaveText("This page is not available offline");
  const list = page.locator(".app-saved-pages");
  await expect(list).toContainText(SEED_TITLE);
  await expect(list).toContainText("Archives");
  await list.getByRole("link", { name: new RegExp(SEED_TITLE) }).click();
  await expect(h1(page)).toHaveText(SEED_TITLE);

  // Followed from a page, too (the register was never opened).
  await page.getByRole("link", { name: "Projects", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "This page is not available offline" })).toBeVisible();

  await context.setOffline(false);
  await expect(banner).toHaveCount(0);
});

// A page the reader landed on (a link from elsewhere, a bookmark, a reload) was loaded before
// the worker controlled it: the worker saves it when it takes over, and the page, pre-rendered
// with its data, must then read offline as it is, not through the shell and data files it never
// fetched.
for (const [kind, address, heading] of [
  ["a post", SEED_POST, SEED_TITLE],
  ["a list", "/tag/open-data/", "Tag: open data"],
  ["a theme page", "/themes/openness/", "Openness"],
]) {
  test(`${kind} the reader landed on reads offline after a reload, and from a bookmark`, async ({ page, context }) => {
    await open(page, at(address), heading);
    await underWorker(page);
    await saved(page, at(address));

    await context.setOffline(true);
    await page.reload();
    await expect(h1(page)).toHaveText(heading);
    await appStarted(page);
    const banner = page.locator(".app-offline-banner");
    await expect(banner).toContainText("You're offline");
    await expect(banner).toContainText(/This copy of the page was saved on \d+ \w+ \d{4} at \d+:\d\d[ap]m/);

    await page.goto("about:blank");
    await page.goto(at(address));
    await expect(h1(page)).toHaveText(heading);
    await expect(page.locator(".app-offline-banner")).toContainText("This copy of the page was saved on");
  });
}

test.describe("with the server unreachable", () => {
  // The worker's refresh of the saved page, and the app's own requests, find no server.
  test.use({ allowedConsoleError: /net::ERR_CONNECTION_REFUSED|net::ERR_FAILED|ServiceWorker/ });

  test("a post the reader landed on reads from its saved copy, and says the blog cannot be reached", async ({ page, context }) => {
    await open(page, at(SEED_POST), SEED_TITLE);
    await underWorker(page);
    await saved(page, at(SEED_POST));

    // The browser is online, but nothing answers at the site's address (the worker's own
    // requests go through the context's routes too).
    const origin = new URL(page.url()).origin;
    await context.route((url) => url.origin === origin, (route) => route.abort("connectionrefused"));
    await page.reload();
    await expect(h1(page)).toHaveText(SEED_TITLE);
    await appStarted(page);
    await expect(page.locator(".app-load-error")).toHaveCount(0);
    const banner = page.locator(".app-offline-banner");
    await expect(banner).toContainText("The blog cannot be reached just now.");
    await expect(banner).toContainText(/This copy of the page was saved on \d+ \w+ \d{4} at \d+:\d\d[ap]m/);

    // The server answers again: the next page is the network's, and the banner goes.
    await context.unrouteAll({ behavior: "ignoreErrors" });
    await page.getByRole("link", { name: "Themes", exact: true }).first().click();
    await expect(h1(page)).toHaveText("Our themes");
    await expect(banner).toHaveCount(0);
  });
});
});

test("saving the whole blog shows its progress; then every page and search work offline; clearing empties it", async ({ page, context, sitePrefix }) => {
  test.setTimeout(90_000);
  await open(page, at("/offline/"), "Reading offline");
  await underWorker(page);
  await page.getByRole("button", { name: "Save the whole blog for offline" }).click();
  await expect(page.locator(".app-save-outcome")).toHaveText("The whole blog is saved on this device.", { timeout: 60_000 });
  const progress = page.locator(".app-save-progress__text");
  await expect(progress).toHaveText(/^Saved (\d+) of \1 pages and files \(\d[\d.]* [KM]B of \d[\d.]* [KM]B\)$/);
  const items = Number((await progress.textContent()).match(/of (\d+)/)[1]);
  expect(items).toBeGreaterThan(100);
  await expect(page.locator(".app-save-progress__bar")).toHaveAttribute("value", "1000");
  await expect(page.locator(".app-space-used")).toHaveText(/^This blog uses \d[\d.]* (KB|MB|GB) of storage on this device\.$/);
  await expectNoAxeViolations(page);

  await context.setOffline(true);
  for (const [address, heading] of [
    [OTHER_POST, /^Halfway through/],
    ["/themes/openness/", "Openness"],
    ["/projects/", "Project register"],
    ["/tag/open-data/", "Tag: open data"],
  ]) {
    await page.goto(at(address));
    await expect(h1(page)).toHaveText(heading);
  }
  await page.goto(at("/search/?q=open+data"));
  await expect(page.locator(".app-search-result, .app-search-results li").first()).toBeVisible();
  await page.getByRole("link", { name: "Archives", exact: true }).first().click();
  await expect(h1(page)).toHaveText("Archives");

  await context.setOffline(false);
  await open(page, at("/offline/"), "Reading offline");
  await page.getByRole("button", { name: "Clear saved pages" }).click();
  await expect(page.locator(".app-save-outcome")).toHaveText("Saved pages were cleared from this device.");
  await expect(page.getByText("No pages are saved on this device yet.")).toBeVisible();
  const left = await page.evaluate(async () => {
    const saved = [];
    for (const name of await caches.keys()) {
      if (name.includes(":shell:")) continue;
      for (const request of await (await caches.open(name)).keys()) saved.push(request.url);
    }
    return saved;
  });
  expect(left).toEqual([]);
});

test("the blog can be installed: a web app manifest with its icons, scoped to the site", async ({ page, sitePrefix }) => {
  await open(page, sitePrefix, SITE);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe(`${sitePrefix}manifest.webmanifest`);
  const response = await page.request.get(href);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: SITE, start_url: "./", scope: "./", display: "standalone" });
  const sizes = manifest.icons.map((icon) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) {
    const image = await page.request.get(new URL(icon.src, new URL(href, page.url())).href);
    expect(image.headers()["content-type"]).toBe("image/png");
  }
});

test("saving can be cancelled, and keeps what it saved", async ({ page, context, sitePrefix }) => {
  // Slow the posts down (the worker's own requests go through the context's routes).
  await context.route("**/data/posts/**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.fallback().catch(() => {});
  });
  await open(page, at("/offline/"), "Reading offline");
  await underWorker(page);
  await page.getByRole("button", { name: "Save the whole blog for offline" }).click();
  await expect(page.locator(".app-save-progress__text")).toHaveText(/^Saved [1-9]\d* of/);
  await page.getByRole("button", { name: "Cancel saving" }).click();
  await expect(page.locator(".app-save-outcome")).toHaveText(/^Saving was cancelled\. Saved (\d+) of (\d+) pages and files .*; they stay saved\.$/);
  const [, done, total] = (await page.locator(".app-save-outcome").textContent()).match(/Saved (\d+) of (\d+)/);
  expect(Number(done)).toBeLessThan(Number(total));
  await expect(page.getByRole("button", { name: "Save the whole blog for offline" })).toBeVisible();
});

test("a new build is offered with a reload, and replaces the old shell", async ({ page, updateSite }) => {
  test.skip(!updateSite, "no second copy of the build to redeploy");
  const buildOf = () => readFileSync(path.join(updateSite.dir, "sw.js"), "utf8").match(/const BUILD = "(\w+)"/)[1];
  const before = buildOf();
  await open(page, updateSite.url, SITE);
  await underWorker(page);
  expect((await cacheNames(page)).some((name) => name.endsWith(`:shell:${before}`))).toBe(true);

  // Deploy a new build: a changed page shell (the hashed files carry integrity hashes), and
  // the worker stamped for it, and both compressed again, as the build does (the server sends
  // the .br or .gz copy when there is one: left as they were, they would be the old build).
  appendFileSync(path.join(updateSite.dir, "shell.html"), `\n<!-- redeployed ${Date.now()} -->\n`);
  execFileSync("target/debug/publish", ["--public", "public", "--stamp-worker", updateSite.dir]);
  execFileSync("node", ["scripts/compress.mjs", updateSite.dir, "shell.html", "sw.js"]);
  const after = buildOf();
  expect(after).not.toBe(before);

  await page.reload();
  const offer = page.getByRole("region", { name: "Update" });
  await expect(offer).toContainText("A new version of this blog is available.", { timeout: 20_000 });
  await offer.getByRole("button", { name: "Reload to update" }).click();
  const hasShell = async (build) => (await cacheNames(page)).some((name) => name.endsWith(`:shell:${build}`));
  await expect.poll(() => hasShell(after), { timeout: 20_000 }).toBe(true);
  await expect(h1(page)).toHaveText(SITE);
  // The new shell is cached on install, before the new worker activates and deletes the old
  // one: wait for the take-over (a run once checked in between).
  await expect.poll(() => hasShell(before), { timeout: 20_000 }).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/sw\.js$/);
  await expect(page.getByRole("region", { name: "Update" })).toHaveCount(0);
});

for (const [problem, answer] of [
  ["missing", { status: 404, contentType: "text/html", body: "<h1>Not found</h1>" }],
  ["broken", { status: 200, contentType: "text/javascript", body: "self.addEventListener('fetch', (" }],
]) {
  test.describe(`with its service worker ${problem}`, () => {
    // What the browser itself reports about the worker it could not install; nothing else.
    test.use({ allowedConsoleError: /fetching the script|ServiceWorker|Unexpected end of input/ });
    test("the app works online as before", async ({ page, context, sitePrefix }) => {
      await context.route("**/sw.js", (route) => route.fulfill(answer));
      await open(page, at("/"), SITE);
      await page.getByRole("link", { name: "Archives", exact: true }).first().click();
      await expect(h1(page)).toHaveText("Archives");
      await page.getByRole("link", { name: "October 2014" }).first().click();
      await page.getByRole("link", { name: SEED_TITLE, exact: true }).click();
      await expect(h1(page)).toHaveText(SEED_TITLE);
      expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
      await page.goto(at("/offline/"));
      await expect(page.getByText("This browser cannot save pages for offline reading", { exact: false })).toBeVisible({ timeout: 15_000 });
    });
  });
}
