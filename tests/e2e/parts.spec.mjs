// The reading code (src/reading), which a site has unless built with BLOG_READING=app: reading
// pages run only their interactive parts, and move between each other by fetching pre-rendered
// pages; search, the offline page and addresses with no page of their own start the app.
import { test, expect, open, holdFetches, expectNoAxeViolations, SEED_POST, SEED_TITLE, SITE } from "./fixtures.mjs";

const h1 = (page) => page.getByRole("heading", { level: 1 });
const description = (page) => page.locator('meta[name="description"]');

/** The wasm files the page asks for, by name. */
function wasmRequests(page) {
  const names = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith(".wasm")) names.push(path.split("/").pop());
  });
  return names;
}

test("a reading page runs its parts only: the reading code, not the app", async ({ page, context }) => {
  const wasm = wasmRequests(page);
  await open(page, SEED_POST, SEED_TITLE);
  await expect(page.locator("html")).toHaveAttribute("data-app", "parts");
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).toMatch(/^reading-[0-9a-f]{16}_bg\.wasm$/);
  // The parts: the share links' button, the connection banner.
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  await context.setOffline(true);
  await expect(page.locator(".app-offline-banner")).toContainText("You're offline.");
  await context.setOffline(false);
  await expect(page.locator(".app-offline-banner")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("moving between reading pages fetches the next page: title, description, focus, announcement, back", async ({ page }) => {
  await open(page, SEED_POST, SEED_TITLE);
  await page.evaluate(() => (window.stillThisPage = true));
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

  await page.getByRole("link", { name: "Archives", exact: true }).first().click();
  await expect(h1(page)).toHaveText("Archives");
  await expect(page).toHaveURL(/\/archives\/$/);
  await expect(page).toHaveTitle(`Archives - ${SITE}`);
  await expect(description(page)).toHaveCount(1);
  await expect(description(page)).toHaveAttribute("content", "Every post by month, category, tag and author.");
  await expect(h1(page)).toBeFocused();
  await expect(page.locator("[aria-live=polite][aria-atomic=true]")).toHaveText("Archives page loaded");
  await expect(page.locator(".govuk-service-navigation__item--active")).toHaveText("Archives");
  // No page load: what this page set is still there.
  expect(await page.evaluate(() => window.stillThisPage)).toBe(true);
  await expectNoAxeViolations(page);

  await page.goBack();
  await expect(h1(page)).toHaveText(SEED_TITLE);
  await expect(page).toHaveTitle(`${SEED_TITLE} - ${SITE}`);
  // The parts of the page come back with it.
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  await page.goForward();
  await expect(h1(page)).toHaveText("Archives");
  expect(await page.evaluate(() => window.stillThisPage)).toBe(true);
});

test("the next post is fetched ahead of the reader, and following it asks for nothing more", async ({ page }) => {
  const asked = [];
  page.on("request", (request) => asked.push(request.url()));
  await open(page, SEED_POST, SEED_TITLE);
  const next = page.locator("a[rel=next]");
  const href = new URL(await next.getAttribute("href"), page.url()).href;
  // Fetched when the browser is idle, as the app fetches the neighbours' data.
  await expect.poll(() => asked.filter((url) => url === href).length).toBe(1);
  await next.click();
  await expect(page).toHaveURL(href);
  await expect(h1(page)).toBeFocused();
  expect(asked.filter((url) => url === href)).toHaveLength(1);
});

test("a link's page is fetched ahead when the pointer rests on it, not as it passes", async ({ page }) => {
  await open(page, "/", SITE);
  const asked = [];
  page.on("request", (request) => asked.push(new URL(request.url()).pathname));
  const archives = page.getByRole("link", { name: "Archives", exact: true }).first();
  const themes = page.getByRole("link", { name: "Themes", exact: true }).first();
  // Passing over Archives and Themes, without stopping: each gets the pointer's mouseover, and
  // the pointer is elsewhere when it would have rested long enough. (Moved there for real, a
  // busy machine could hold the pointer on a link longer than a reader passing over it.)
  await page.mouse.move(0, 0);
  await archives.dispatchEvent("mouseover");
  await themes.dispatchEvent("mouseover");
  await page.waitForTimeout(500);
  expect(asked.filter((path) => /\/(archives|themes)\/$/.test(path))).toEqual([]);
  // Resting on Themes.
  await themes.hover();
  await expect.poll(() => asked.filter((path) => path.endsWith("/themes/")).length).toBe(1);
});

test("a link followed at once is fetched once, though the pointer rests on it while its page comes", async ({ page }) => {
  await open(page, "/", SITE);
  const asked = [];
  page.on("request", (request) => asked.push(new URL(request.url()).pathname));
  const release = await holdFetches(page, "**/archives/");
  await page.getByRole("link", { name: "Archives", exact: true }).first().click();
  // Longer than the pointer must rest on a link for its page to be fetched ahead.
  await page.waitForTimeout(500);
  release();
  await expect(h1(page)).toHaveText("Archives");
  expect(asked.filter((path) => path.endsWith("/archives/"))).toHaveLength(1);
});

test("at 320px the Menu works, and a link followed from it leaves it closed on the new page", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await open(page, "/", SITE);
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("link", { name: "Themes", exact: true }).first().click();
  await expect(h1(page)).toHaveText("Our themes");
  await expect(page.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator(".govuk-service-navigation__item--active")).toHaveText("Themes");
});

test("search starts the app", async ({ page }) => {
  const wasm = wasmRequests(page);
  await open(page, "/", SITE);
  await page.locator("#header-search").fill("strategy");
  await page.locator("#header-search").press("Enter");
  await expect(h1(page)).toHaveText("Search");
  await expect(page.locator("html")).toHaveAttribute("data-app", /hydrated|rendered/);
  expect(wasm.some((name) => name.startsWith("strategy-blog-"))).toBe(true);
  await expect(page.locator(".app-search-result").first()).toBeVisible();
});

test("a page slow to come shows that it is loading, then the page", async ({ page }) => {
  await open(page, SEED_POST, SEED_TITLE);
  const release = await holdFetches(page, "**/archives/");
  await page.getByRole("link", { name: "Archives", exact: true }).first().click();
  await expect(page.locator("html")).toHaveClass(/app-loading-page/);
  await expect(page.locator("[aria-live=polite][aria-atomic=true]")).toHaveText("Loading");
  release();
  await expect(h1(page)).toHaveText("Archives");
  await expect(page.locator("html")).not.toHaveClass(/app-loading-page/);
  await expect(page.locator("[aria-live=polite][aria-atomic=true]")).toHaveText("Archives page loaded");
});

test("back and then forward again before the page comes leaves the page as it is", async ({ page }) => {
  await open(page, SEED_POST, SEED_TITLE);
  await page.getByRole("link", { name: "Archives", exact: true }).first().click();
  await expect(h1(page)).toHaveText("Archives");
  const release = await holdFetches(page, new RegExp(`${SEED_POST}$`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${SEED_POST}$`));
  await page.goForward();
  await expect(page).toHaveURL(/\/archives\/$/);
  const arrived = page.waitForResponse((response) => response.url().endsWith(SEED_POST));
  release();
  await arrived;
  // Whatever the page does with the answer, it has done once the browser is idle.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(resolve))));
  await expect(h1(page)).toHaveText("Archives");
  await expect(page).toHaveTitle(`Archives - ${SITE}`);
  await expect(page.locator("html")).not.toHaveClass(/app-loading-page/);
});

test.describe("when the reading code cannot show a page", () => {
  // The data file of a page that does not exist; the failed fetch of the next test.
  test.use({ allowedConsoleError: /status of (404|500)/ });

  test("an address with no page of its own starts the app, which says so", async ({ page }) => {
    // The host answers /?page=99 with the home page's copy, made for another address.
    await open(page, "/?page=99", "Page not found");
    await expect(page.locator("html")).toHaveAttribute("data-app", /hydrated|rendered/);
  });

  test("a reading page whose reading code cannot be had starts the app", async ({ page }) => {
    await page.route(/reading-[0-9a-f]{16}\.js$/, (route) => route.fulfill({ status: 500, body: "" }));
    await open(page, SEED_POST, SEED_TITLE);
    await expect(page.locator("html")).toHaveAttribute("data-app", "hydrated");
  });

  test("a page that cannot be fetched is loaded as an ordinary page", async ({ page }) => {
    await open(page, SEED_POST, SEED_TITLE);
    await page.evaluate(() => (window.stillThisPage = true));
    // The reading code's request fails; the browser's own page load does not.
    await page.route("**/archives/", (route) =>
      route.request().resourceType() === "document" ? route.fallback() : route.fulfill({ status: 500, body: "" }),
    );
    await page.getByRole("link", { name: "Archives", exact: true }).first().click();
    await expect(h1(page)).toHaveText("Archives");
    await expect(page.locator("html")).toHaveAttribute("data-app", "parts");
    expect(await page.evaluate(() => window.stillThisPage)).toBeUndefined();
  });
});

test.describe("offline, with the service worker", () => {
  test.use({ serviceWorkers: "allow", allowedConsoleError: /net::ERR_FAILED|net::ERR_INTERNET_DISCONNECTED/ });

  test("pages reached by the reading code read offline, and say when they were saved", async ({ page, context }) => {
    await open(page, "/", SITE);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
    await page.getByRole("link", { name: "Archives", exact: true }).first().click();
    await expect(h1(page)).toHaveText("Archives");
    // The worker keeps the page the reading code fetched, as it keeps pages loaded in full.
    const archives = new URL("archives/", page.url().replace(/archives\/$/, "")).href;
    await expect.poll(() => page.evaluate(async (u) => !!(await caches.match(u)), archives)).toBe(true);

    await context.setOffline(true);
    await page.goBack();
    await expect(h1(page)).toHaveText(SITE);
    await page.getByRole("link", { name: "Archives", exact: true }).first().click();
    await expect(h1(page)).toHaveText("Archives");
    const banner = page.locator(".app-offline-banner");
    await expect(banner).toContainText("You're offline.");
    await expect(banner).toContainText(/This copy of the page was saved on \d+ \w+ \d{4} at \d+:\d\d[ap]m/);
    await context.setOffline(false);
  });
});
