// Search in the browser across posts, themes and projects: ranked, highlighted, as you type,
// and without a network once the index has loaded.
import { test, expect, at, expectNoAxeViolations, open, SITE } from "./fixtures.mjs";

const results = (page) => page.locator(".app-search-result");

test("the header's search box finds posts, themes and projects", async ({ page }) => {
  await open(page, "/", SITE);
  const box = page.getByRole("search", { name: "Site search" }).getByLabel("Search this blog");
  await box.fill("board papers");
  await box.press("Enter");
  await expect(page).toHaveURL(at("/search/?q=board+papers"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
  await expect(page).toHaveTitle(`Search results for ‘board papers’ - ${SITE}`);
  await expect(results(page).first().getByRole("link")).toHaveText("Open board papers");
  await expect(results(page).first()).toContainText("Project");
  await expect(results(page).nth(1).getByRole("link")).toHaveText("Publishing our board papers in the open");
  await expect(page.locator(".app-search__status")).toHaveText(/^\d+ results? for ‘board papers’$/);
  // The words that matched are marked, in titles and snippets.
  await expect(results(page).first().locator("mark").first()).toHaveText(/^board$/i);
  await expectNoAxeViolations(page);

  await results(page).nth(1).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Publishing our board papers in the open");
});

test("a theme ranks first for its own name", async ({ page }) => {
  await open(page, "/search/?q=openness", "Search");
  await expect(results(page).first().getByRole("link")).toHaveText("Openness");
  await expect(results(page).first()).toContainText("Theme");
  await expect(results(page).first().getByRole("link")).toHaveAttribute("href", at("/themes/openness/"));
});

test("results follow each keystroke and the address keeps the query", async ({ page }) => {
  await open(page, "/search/", "Search");
  await expect(page.locator(".app-search__status")).toHaveText("Type a word to search the posts, themes and projects.");
  const box = page.getByRole("search", { name: "Search the blog" }).getByLabel("Search this blog");
  await box.pressSequentially("intran", { delay: 30 });
  await expect(results(page).first().getByRole("link")).toHaveText("New intranet");
  await expect(page).toHaveURL(at("/search/?q=intran"));
  await box.pressSequentially("et staff", { delay: 30 });
  await expect(results(page).first().getByRole("link")).toHaveText("Testing the new intranet with staff");
  await expect(page).toHaveURL(at("/search/?q=intranet+staff"));
  await page.reload();
  await expect(page.getByRole("search", { name: "Search the blog" }).getByLabel("Search this blog")).toHaveValue("intranet staff");
  await expect(results(page).first().getByRole("link")).toHaveText("Testing the new intranet with staff");
});

test("a search with no results says so", async ({ page }) => {
  await open(page, "/search/?q=zebrafish", "Search");
  await expect(page.locator(".app-search__status")).toHaveText("No results for ‘zebrafish’. Check the spelling or try other words.");
  await expect(results(page)).toHaveCount(0);
});

test("search keeps working with no network once the index is loaded", async ({ page, context }) => {
  await open(page, "/search/?q=data", "Search");
  await expect(results(page).first()).toBeVisible();
  await context.setOffline(true);
  const box = page.getByRole("search", { name: "Search the blog" }).getByLabel("Search this blog");
  await box.fill("paperless");
  await expect(results(page).first().getByRole("link")).toHaveText("Paperless meetings");
  await context.setOffline(false);
});

test.describe("Page not found", () => {
  test.use({ allowedConsoleError: /status of 404/ });

  test("offers search", async ({ page }) => {
    await open(page, "/no/such/page/", "Page not found");
    const form = page.getByRole("search", { name: "Search the blog" });
    await form.getByLabel("Search this blog").fill("consultation");
    await form.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(at("/search/?q=consultation"));
    await expect(results(page).first()).toBeVisible();
  });
});

test("pages advertise their Atom feeds, and the feeds are served as Atom", async ({ page, request }) => {
  const feedLinks = () => page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await open(page, "/", SITE);
  await expect(feedLinks()).toHaveCount(1);
  await expect(feedLinks()).toHaveAttribute("href", at("/feeds/blog.atom"));
  await expect(page.locator("footer").getByRole("link", { name: "Atom feed" })).toHaveAttribute("href", at("/feeds/blog.atom"));

  await open(page, "/category/strategy/", "Strategy");
  await expect(feedLinks()).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Follow this category by Atom feed" })).toHaveAttribute("href", at("/feeds/category/strategy.atom"));

  await open(page, "/themes/evidence/", "Evidence");
  await expect(page.getByRole("link", { name: "Follow this theme by Atom feed" })).toHaveAttribute("href", at("/feeds/theme/evidence.atom"));

  for (const path of ["/feeds/blog.atom", "/feeds/category/strategy.atom", "/feeds/theme/evidence.atom"]) {
    const response = await request.get(at(path));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    expect(await response.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  }
  for (const [path, type] of [["/sitemap.xml", "xml"], ["/robots.txt", "text/plain"]]) {
    const response = await request.get(at(path));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain(type);
  }
});
