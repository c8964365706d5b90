import { test, expect, expectNoAxeViolations, SEED_POST, SEED_TITLE } from "./fixtures.mjs";

test("the home page lists the seed post and links to it", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Digital health");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Digital health");
  const link = page.getByRole("link", { name: SEED_TITLE, exact: true });
  await expect(link).toHaveAttribute("href", SEED_POST);
  await expect(page.getByText("1 comment", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await link.click();
  await expect(page).toHaveURL(SEED_POST);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page).toHaveTitle(`${SEED_TITLE} - Digital health`);
});

test("the seed post shows its byline, themes, extract, projects and comment", async ({ page }) => {
  await page.goto(SEED_POST);
  const article = page.locator("article");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);

  const byline = article.locator(".app-byline");
  await expect(byline).toContainText("Posted by: Head of Digital");
  await expect(byline).toContainText("Posted on: 10 October 2014");
  await expect(byline).toContainText("Categories: Strategy");
  await expect(byline.locator("time")).toHaveAttribute("datetime", "2014-10-10T09:00:00Z");
  await expect(byline.locator(".govuk-visually-hidden").first()).toHaveText("Posted by:");

  await expect(page.getByText("This was published under the 2010 to 2015 Conservative")).toBeVisible();

  const themes = article.locator(".app-prose ol > li");
  await expect(themes).toHaveCount(5);
  for (const theme of ["Openness", "Simplicity", "Evidence", "Mainstream", "Efficiency"]) {
    await expect(themes.filter({ hasText: theme })).toHaveCount(1);
  }
  await expect(article.locator(".app-prose blockquote")).toContainText("delivering them at scale");
  await expect(article).toContainText("25 live projects");

  const comments = page.locator(".app-comments");
  await expect(comments.getByRole("heading", { level: 2 })).toHaveText("1 comment");
  await expect(comments.locator("#comment-1")).toContainText("Comment by simonfj posted on 13 October 2014");
  await expect(comments.locator("#comment-1")).toContainText("Inclusion");
  await expect(comments.getByRole("link", { name: "Link to this comment" })).toHaveAttribute("href", "#comment-1");
  await expectNoAxeViolations(page);
});

test("a deep link survives a reload", async ({ page }) => {
  await page.goto(SEED_POST);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.locator("#comment-1")).toBeVisible();
});

test.describe("pages that do not exist", () => {
  // nginx answers the missing post's data file with 404, which Chromium logs.
  test.use({ allowedConsoleError: /status of 404/ });

  for (const path of ["/no/such/page/", "/2014/10/10/no-such-post/", "/2015/10/10/an-update-to-our-digital-strategy/"]) {
    test(`${path} shows Page not found`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await expect(page).toHaveTitle("Page not found - Digital health");
      await expect(page.getByRole("link", { name: "Read the latest posts" })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.reload();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    });
  }
});

test("the skip link is the first thing to focus and moves focus to the main content", async ({ page }) => {
  await page.goto(SEED_POST);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
