// With JavaScript off, every page is the pre-rendered HTML: it reads fully, and links,
// pagination, the project filters and share links work as plain HTML.
// (The axe-core scans run on the same markup with JavaScript on: axe itself needs JavaScript.)
import { test, expect, at, SEED_POST, SEED_TITLE, LONG_POST, SITE } from "./fixtures.mjs";

test.use({ javaScriptEnabled: false, allowedConsoleError: /status of 404/ });

const PAGES = [
  ["/", SITE, ".app-post-card"],
  ["/page/2/", SITE, ".app-post-card"],
  [SEED_POST, SEED_TITLE, "#comment-3"],
  [LONG_POST, "Halfway through: how our digital strategy is going", ".app-contents"],
  ["/category/strategy/", "Strategy", ".app-post-card"],
  ["/tag/open-data/", "Tag: open data", ".app-post-card"],
  ["/author/head-of-digital/", "Posts by Head of Digital", ".app-post-card"],
  ["/author/head-of-digital/page/2/", "Posts by Head of Digital", ".app-post-card"],
  ["/2014/10/", "Posts from October 2014", ".app-post-card"],
  ["/archives/", "Archives", ".app-archives__months"],
  ["/themes/", "Our themes", ".app-theme-card"],
  ["/themes/openness/", "Openness", ".app-project-card"],
  ["/projects/", "Project register", ".app-project-card"],
  ["/projects/open-data-publishing/", "Open data publishing", ".govuk-summary-list"],
  ["/accessibility/", null, ".app-prose"],
  ["/search/", "Search", "noscript"],
  ["/no/such/page/", "Page not found", ".app-search"],
];

for (const [path, heading, content] of PAGES) {
  test(`${path} reads fully without JavaScript`, async ({ page }) => {
    await page.goto(path);
    const h1 = page.getByRole("heading", { level: 1 });
    if (heading) await expect(h1).toHaveText(heading);
    else await expect(h1).toBeVisible();
    await expect(page.locator(content).first()).toBeAttached();
    await expect(page.locator("footer")).toContainText("This site sets no cookies.");
    await expect(page.getByText("Loading…")).toHaveCount(0);
  });
}

test("links and pagination work as plain links", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(at("/page/2/"));
  await expect(page.locator(".app-post-card")).toHaveCount(5);
  const first = page.locator(".app-post-card").first().getByRole("heading").getByRole("link");
  const title = await first.textContent();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.getByRole("link", { name: "Themes", exact: true }).first().click();
  await expect(page).toHaveURL(at("/themes/"));
  await page.getByRole("link", { name: "Openness" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Openness");
});

test("the project filters work as a plain GET form", async ({ page }) => {
  await page.goto("/projects/");
  await page.getByLabel("Theme", { exact: true }).selectOption("evidence");
  await page.getByLabel("Phase", { exact: true }).selectOption("live");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(at("/projects/?theme=evidence&phase=live"));
  await expect(page.locator(".app-project-register__count")).toHaveText(/^Showing \d+ of 25 projects, theme Evidence, phase Live$/);
  for (const card of await page.locator(".app-project-card").all()) {
    await expect(card).toContainText("Evidence");
    await expect(card.locator(".govuk-tag")).toHaveText("Live");
  }
  await page.getByLabel("Theme", { exact: true }).selectOption("");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(at("/projects/?theme=&phase=live"));
  await expect(page.locator(".app-project-register__count")).toHaveText(/^Showing \d+ of 25 projects, phase Live$/);
});

test("share links are plain links; buttons that need the app are not shown", async ({ page }) => {
  await page.goto(SEED_POST);
  const share = page.getByRole("region", { name: "Share this page" });
  await expect(share.getByRole("link")).toHaveCount(4);
  await expect(share.getByRole("link", { name: /^Email/ })).toHaveAttribute("href", /^mailto:/);
  await expect(share.getByRole("button")).toHaveCount(0);
  // Fragment links stay on the page.
  await page.getByRole("link", { name: "Link to this comment" }).first().click();
  await expect(page).toHaveURL(at(`${SEED_POST}#comment-1`));
});

test("a post's HTML carries its link-preview tags", async ({ page }) => {
  await page.goto(SEED_POST);
  const meta = (selector) => page.locator(`head ${selector}`);
  const url = `https://digital-health.example.org${SEED_POST}`;
  await expect(meta('link[rel="canonical"]')).toHaveAttribute("href", url);
  await expect(meta('meta[property="og:url"]')).toHaveAttribute("content", url);
  await expect(meta('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(meta('meta[property="og:title"]')).toHaveAttribute("content", SEED_TITLE);
  await expect(meta('meta[property="og:description"]')).toHaveAttribute("content", /^We have refreshed our digital strategy/);
  await expect(meta('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  await expect(meta('meta[name="description"]')).toHaveCount(1);
  await expect(meta('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", at("/feeds/blog.atom"));
  await expect(page).toHaveTitle(`${SEED_TITLE} - ${SITE}`);
});

test("a missing page is the pre-rendered Page not found, with status 404", async ({ page }) => {
  const response = await page.goto("/no/such/page/");
  expect(response.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});
