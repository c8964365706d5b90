// The tests' WordPress published by `publish --from-wordpress` (scripts/e2e, signed in with the
// application password, so the bulk and hostile posts are in: 134 posts, more than a page of
// the API's hundred; a post with 105 comments), served by nginx at WP_PUBLISHED_URL. Every
// page is pre-rendered: with JavaScript off it reads fully, and WordPress's HTML was
// sanitised on the host before it was written.
import { test, expect, open, appStarted } from "./fixtures.mjs";
import { watchForScript, expectInert, dangers } from "./hostile-checks.mjs";

test.skip(!process.env.WP_PUBLISHED_URL, "WP_PUBLISHED_URL is not set (scripts/e2e sets it)");
test.skip(({ sitePrefix }) => sitePrefix !== "/", "the published WordPress is served at its root");
// Images with made-up relative addresses in the hostile posts (`<img src=x>`) are missing.
test.use({ baseURL: process.env.WP_PUBLISHED_URL, allowedConsoleError: /status of 404/ });

const FIRST_POST = "/2015/01/10/why-we-wrote-a-digital-strategy/";
const PASTED = "/2015/12/10/a-post-with-pasted-markup/";
// tests/wordpress/seed-bulk.php: the newest bulk post, with 105 comments.
const COMMENTED = "/2013/11/27/bulk-post-110/";
const POSTS = 134;

/**
 * The page's only script is the app's hydration data (JSON, never run): checked, then taken
 * out so that `dangers` can report anything else that could run.
 */
async function withoutHydrationData(page) {
  const scripts = await page.evaluate(() =>
    [...document.body.querySelectorAll("script")].map((s) => `${s.id} ${s.type}`),
  );
  expect(scripts).toEqual(["app-hydration application/json"]);
  await page.evaluate(() => document.getElementById("app-hydration").remove());
}
const PAGES = Math.ceil(POSTS / 5);

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  const READS = [
    ["/", "Digital health", `${POSTS} posts, page 1 of ${PAGES}`],
    ["/page/2/", "Digital health", `${POSTS} posts, page 2 of ${PAGES}`],
    [`/tag/${encodeURIComponent("Здоровье")}/`, "Tag: Здоровье", "1 post"],
    [`/tag/${encodeURIComponent("bulk-данные")}/`, "Tag: Данные", "110 posts, page 1 of 22"],
    [`/category/${encodeURIComponent("bulk-новости")}/page/2/`, "Новости", "110 posts, page 2 of 22"],
  ];
  for (const [path, heading, count] of READS) {
    test(`${decodeURIComponent(path)} lists WordPress's posts`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.locator(".app-post-list__count")).toHaveText(count);
      await expect(page.locator(".app-post-card").first()).toBeVisible();
      await expect(page.getByText("Loading…")).toHaveCount(0);
    });
  }

  test("a post reads with its body and threaded comments", async ({ page }) => {
    await page.goto(FIRST_POST);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why we wrote a digital strategy");
    const body = page.locator(".app-prose");
    await expect(body.getByRole("heading", { level: 2, name: "What we did" })).toBeVisible();
    await expect(body.getByRole("link", { name: "GOV.UK" })).toHaveAttribute("href", "https://www.gov.uk/");
    await expect(page.locator("#comments-heading")).toHaveText("3 comments");
    await expect(page.locator(".app-comment").first()).toContainText("Will you publish the project list?");
  });

  test("a post with more than a hundred comments shows them all", async ({ page }) => {
    await page.goto(COMMENTED);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bulk post 110");
    await expect(page.locator("#comments-heading")).toHaveText("105 comments");
    await expect(page.locator(".app-comment")).toHaveCount(105);
    await expect(page.locator(".app-comment").last()).toContainText("Bulk comment 105");
  });

  test("a theme's page lists the posts tagged with its slug", async ({ page }) => {
    await page.goto("/themes/openness/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Openness");
    await expect(page.locator(".app-post-list__count")).toHaveText("6 posts, page 1 of 2");
    await expect(page.getByRole("link", { name: "A year of the strategy", exact: true })).toBeVisible();
  });

  test("a WordPress page is one of the site's pages, linked from the footer", async ({ page }) => {
    // WordPress installs "Sample Page"; wp/v2/pages is published as the site's pages.
    await page.goto("/");
    await page.locator("footer").getByRole("link", { name: "Sample Page" }).click();
    await expect(page).toHaveURL(/\/sample-page\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sample Page");
    await expect(page.locator(".app-prose")).toContainText("This is an example page.");
  });

  test("an editor's pasted markup was removed before the page was written", async ({ page }) => {
    await page.goto(PASTED);
    const body = page.locator(".app-prose");
    await expect(body).toContainText("The safe part of this post.");
    await expect(body.getByText("A bad link")).toBeVisible();
    await withoutHydrationData(page);
    expect(await dangers(page)).toEqual([]);
  });
});

test("the published post hydrates: the app takes it over and nothing in it runs", async ({ page }) => {
  const dialogs = await watchForScript(page);
  await open(page, COMMENTED, "Bulk post 110");
  await expect(page.locator(".app-comment")).toHaveCount(105);
  await withoutHydrationData(page);
  await expectInert(page, dialogs);
  await open(page, "/2016/12/10/hostile-post-11/");
  await expect(page.locator(".app-prose")).toContainText("Hostile post 11.");
  await withoutHydrationData(page);
  await expectInert(page, dialogs);
});

test("taking the published post over keeps its body as the page drew it", async ({ page }) => {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route("**/*.wasm", async (route) => {
    await released;
    await route.fallback();
  });
  await page.goto(FIRST_POST);
  // The body's first element, marked before the app arrives: putting the body in again (the
  // largest paint, a second time) would replace it.
  await page.evaluate(() => {
    window.__firstOfBody = document.querySelector(".app-prose > *");
    window.__firstOfBody.dataset.drawn = "pre-rendered";
  });
  release();
  await appStarted(page);
  await expect(page.locator("html")).toHaveAttribute("data-app", "hydrated");
  const kept = await page.evaluate(
    () => window.__firstOfBody.isConnected && document.querySelector(".app-prose > *") === window.__firstOfBody,
  );
  expect(kept).toBe(true);
});
