// Lists of posts: GOV.UK pagination, categories, tags, authors, months and the archives.
import { test, expect, at, expectNoAxeViolations, open, SITE } from "./fixtures.mjs";

test("the home page pages through every post with GOV.UK pagination", async ({ page }) => {
  await open(page, "/", SITE);
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination.locator("[aria-current=page]")).toHaveText("1");
  await expect(pagination.getByRole("link", { name: "Previous page" })).toHaveCount(0);
  await pagination.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(at("/page/2/"));
  await expect(page).toHaveTitle(`${SITE} (page 2 of 4) - ${SITE}`);
  await expect(page.locator(".app-post-list__count")).toHaveText("18 posts, page 2 of 4");
  await expect(pagination.locator("[aria-current=page]")).toHaveText("2");
  await pagination.getByRole("link", { name: "Page 4" }).click();
  await expect(page).toHaveURL(at("/page/4/"));
  await expect(page.locator(".app-post-card")).toHaveCount(3);
  await expect(page.locator(".app-post-card").last()).toContainText("An update to our digital strategy");
  await expect(pagination.getByRole("link", { name: "Next page" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.locator(".app-post-card")).toHaveCount(3);
});

test("a category lists its posts under its name and description", async ({ page }) => {
  await open(page, "/category/strategy/", "Strategy");
  await expect(page).toHaveTitle(`Strategy - ${SITE}`);
  await expect(page.locator(".app-post-list__count")).toHaveText("4 posts");
  await expect(page.locator(".app-post-card")).toHaveCount(4);
  for (const card of await page.locator(".app-post-card .app-byline__categories").all()) {
    await expect(card).toContainText("Strategy");
  }
  await expectNoAxeViolations(page);
});

test("a tag, an author and a month each have their own page", async ({ page }) => {
  await open(page, "/tag/open-data/", "Tag: open data");
  expect(await page.locator(".app-post-card").count()).toBeGreaterThan(1);

  await open(page, "/author/head-of-digital/", "Posts by Head of Digital");
  await expect(page.locator(".app-post-list__count")).toHaveText("6 posts, page 1 of 2");
  await expect(page.locator(".govuk-body-l")).not.toBeEmpty();

  await open(page, "/2014/10/", "Posts from October 2014");
  await expect(page.locator(".app-post-card")).toHaveCount(3);
  await expectNoAxeViolations(page);
});

test("the archives list every month, category, author and tag with counts", async ({ page }) => {
  await open(page, "/archives/", "Archives");
  await expect(page.getByText("18 posts in all.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "2014 (6)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "2015 (12)" })).toBeVisible();
  const october = page.getByRole("main").getByRole("link", { name: "October 2014" });
  await expect(october.locator("xpath=..")).toContainText("October 2014 (3)");
  await expect(page.getByRole("main").getByRole("link", { name: "Head of Digital", exact: true })).toHaveAttribute("href", at("/author/head-of-digital/"));
  await expectNoAxeViolations(page);
  await october.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Posts from October 2014");
});

test("the sidebar offers the themes, the projects and the archives on every page", async ({ page }) => {
  await open(page, "/", SITE);
  const aside = page.getByRole("complementary", { name: "Browse the blog" });
  await expect(aside.getByRole("heading", { name: "Our themes" })).toBeVisible();
  await expect(aside.locator("section", { hasText: "Our themes" }).getByRole("link")).toHaveCount(5);
  await expect(aside.getByRole("link", { name: "All 25 projects in the register" })).toHaveAttribute("href", at("/projects/"));
  await expect(aside.getByRole("link", { name: "November 2015" })).toHaveAttribute("href", at("/2015/11/"));
  await expect(aside.getByRole("link", { name: "All archives" })).toHaveAttribute("href", at("/archives/"));
});
