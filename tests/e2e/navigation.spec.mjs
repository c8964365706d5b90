// What a single-page app must do on every route change that full page loads did for free,
// whether the reading code (src/reading) or the app moves between the pages.
import { test, expect, at, open, tabTo, holdFetches, withTheApp, SEED_POST, SEED_TITLE, SITE } from "./fixtures.mjs";

const description = (page) => page.locator('meta[name="description"]');

// The reading code moves between reading pages; the app, where it runs (after search, say),
// between any: both do what a page load did.
for (const code of ["reading code", "app"]) {
test(`moving to a page changes the title and description, focuses the H1 and announces it (the ${code})`, async ({ page }) => {
  if (code === "app") await withTheApp(page);
  await open(page, "/", SITE);
  await page.evaluate(() => (window.stillThisPage = true));
  await expect(description(page)).toHaveCount(1);
  await expect(description(page)).toHaveAttribute("content", /digital team/);
  // On the first page load focus stays at the top of the document.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

  await page.getByRole("link", { name: "Archives", exact: true }).first().click();
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText("Archives");
  await expect(page).toHaveTitle(`Archives - ${SITE}`);
  await expect(description(page)).toHaveCount(1);
  await expect(description(page)).toHaveAttribute("content", "Every post by month, category, tag and author.");
  await expect(h1).toBeFocused();
  await expect(page.locator("[aria-live=polite][aria-atomic=true]")).toHaveText("Archives page loaded");
  await expect(page.locator(".govuk-service-navigation__item--active")).toHaveText("Archives");
  expect(await page.evaluate(() => window.stillThisPage)).toBe(true);
});

test(`back and forward restore the scroll position and the page (the ${code})`, async ({ page }) => {
  if (code === "app") await withTheApp(page);
  await page.setViewportSize({ width: 1280, height: 600 });
  await open(page, "/archives/", "Archives");
  await page.evaluate(() => (window.stillThisPage = true));
  await page.evaluate(() => window.scrollTo(0, 700));
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(700);
  // Let the position be recorded, then leave by a link further down.
  await page.locator(".app-archives__months a").last().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Posts from/);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(50);

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archives");
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(700);

  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Posts from/);
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBeLessThan(50);
  expect(await page.evaluate(() => window.stillThisPage)).toBe(true);
});
}

test("slow data shows Loading in a polite status region, then the page", async ({ page }) => {
  await open(page, "/", SITE);
  // What each asks for: the app the post's data, the reading code its page.
  const post = new RegExp(`/data/posts/an-update-to-our-digital-strategy\\.json$|${SEED_POST}$`);
  const release = await holdFetches(page, post);
  await page.getByRole("link", { name: "Archives", exact: true }).first().click();
  await page.getByRole("link", { name: "October 2014" }).first().click();
  await page.getByRole("link", { name: SEED_TITLE, exact: true }).click();
  const loading = page.locator("[role=status][aria-live=polite]", { hasText: /Loading/ });
  await expect(loading).toBeVisible();
  release();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  await expect(loading).toHaveCount(0);
});

test("a fast page shows no Loading flash", async ({ page }) => {
  await open(page, "/", SITE);
  await page.evaluate(() => {
    window.__sawLoading = false;
    new MutationObserver(() => {
      if (document.body.textContent.includes("Loading…")) window.__sawLoading = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole("link", { name: "Themes", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our themes");
  expect(await page.evaluate(() => window.__sawLoading)).toBe(false);
});

test.describe("by keyboard alone", () => {
  const focusedText = () => document.activeElement?.textContent?.trim() ?? "";

  test("skip link, then a post, then its comments and back home", async ({ page }) => {
    await open(page, "/", SITE);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();

    await tabTo(page, "the first post's title", () => document.activeElement?.closest(".app-post-card__title") !== null);
    // GOV.UK focus style: yellow background.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement).backgroundColor)).toBe("rgb(255, 221, 0)");
    const title = await page.evaluate(focusedText);
    await page.keyboard.press("Enter");
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toHaveText(title);
    await expect(h1).toBeFocused();

    await tabTo(page, "Copy link", () => document.activeElement?.textContent?.trim() === "Copy link");
    await tabTo(page, "a Link to this comment", () => document.activeElement?.textContent?.trim() === "Link to this comment");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
  });

  // Either filters in place: the reading code shows the filter's pre-rendered page (which
  // deploy/nginx.conf serves for the form's address), the app draws it.
  for (const code of ["reading code", "app"]) {
    test(`the project register's filters work from the keyboard (the ${code})`, async ({ page }) => {
      if (code === "app") await withTheApp(page);
      await open(page, "/projects/", "Project register");
      await page.evaluate(() => (window.stillThisPage = true));
      await tabTo(page, "the theme filter", () => document.activeElement?.id === "filter-theme");
      await page.keyboard.press("ArrowDown");
      await tabTo(page, "the phase filter", () => document.activeElement?.id === "filter-phase");
      await page.keyboard.press("ArrowDown");
      await tabTo(page, "Apply filters", () => document.activeElement?.textContent?.trim() === "Apply filters");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/projects\/\?theme=openness&phase=discovery$/);
      await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
      await expect(page.getByRole("link", { name: "Clear filters" })).toBeVisible();
      await expect(page.locator("#filter-theme")).toHaveValue("openness");
      await expect(page.locator("#filter-phase")).toHaveValue("discovery");
      expect(await page.evaluate(() => window.stillThisPage)).toBe(true);
    });
  }

  test("pagination by keyboard", async ({ page }) => {
    await open(page, "/", SITE);
    await tabTo(page, "Next page", () => document.activeElement?.getAttribute("rel") === "next");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(at("/page/2/"));
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  });
});

test("the address is the same whichever way a page was reached", async ({ page }) => {
  await open(page, SEED_POST, SEED_TITLE);
  await page.getByRole("link", { name: "Posts", exact: true }).click();
  await expect(page).toHaveURL(at("/"));
  await page.goBack();
  await expect(page).toHaveURL(at(SEED_POST));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
});

test("the neighbouring post rehearsed off screen by the app changes nothing on the page, and opens at once", async ({ page }) => {
  // The reading code fetches the neighbour's page instead (parts.spec.mjs).
  await withTheApp(page);
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await open(page, SEED_POST, SEED_TITLE);
  // The first post has one neighbour, the next.
  const next = page.locator('nav[aria-label="Previous and next posts"] a[rel="next"]');
  const nextHref = await next.getAttribute("href");
  const nextSlug = nextHref.split("/").filter(Boolean).pop();
  // Once the browser is idle the app builds the neighbour's page where nobody sees it.
  await expect(page.locator("html")).toHaveAttribute("data-rehearsed", nextSlug, { timeout: 15_000 });

  await expect(page).toHaveTitle(`${SEED_TITLE} - ${SITE}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(description(page)).toHaveCount(1);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${SEED_POST}$`));
  await expect(page.locator("[aria-live=polite][aria-atomic=true]")).toHaveText("");
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  expect(requested.filter((path) => path.endsWith(`/comments/${nextSlug}.json`))).toEqual([]);

  await next.click();
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).not.toHaveText(SEED_TITLE);
  await expect(h1).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`${nextHref}$`));
  await expect(page.locator("[aria-live=polite][aria-atomic=true]")).toHaveText(/page loaded$/);
  // What is below the fold follows a frame later: comments, share links, neighbours.
  await expect(page.locator("#comments-heading")).toBeVisible();
  await expect(page.locator('nav[aria-label="Previous and next posts"]')).toBeVisible();
  await expect.poll(() => requested.filter((path) => path.endsWith(`/comments/${nextSlug}.json`)).length).toBe(1);
});
