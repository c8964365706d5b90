// Reading posts: the home list, the seed post with everything around it, long posts.
import { test, expect, at, expectNoAxeViolations, open, openFromShell, withTheApp, SEED_POST, SEED_TITLE, LONG_POST, SITE } from "./fixtures.mjs";

test("the home page lists the latest posts and links to each", async ({ page }) => {
  await open(page, "/", SITE);
  await expect(page).toHaveTitle(SITE);
  const cards = page.locator(".app-post-card");
  await expect(cards).toHaveCount(5);
  const first = cards.first();
  await expect(first.getByRole("heading", { level: 2 })).toHaveText("Show and tell: November 2015");
  await expect(first.locator(".app-byline")).toContainText("Posted on: 20 November 2015");
  await expect(first.getByRole("link", { name: "Read more of Show and tell: November 2015" })).toBeVisible();
  await expect(first.getByRole("link", { name: /\d+ comments?/ })).toHaveAttribute("href", /#comments$/);
  await expect(page.locator(".app-post-list__count")).toHaveText(/^18 posts, page 1 of 4$/);
  await expectNoAxeViolations(page);
});

test("the seed post reads as on a GOV.UK blog", async ({ page }) => {
  await open(page, SEED_POST, SEED_TITLE);
  await expect(page).toHaveTitle(`${SEED_TITLE} - ${SITE}`);
  const article = page.locator("article");

  const byline = article.locator(".app-byline");
  await expect(byline).toContainText("Posted by: Head of Digital");
  await expect(byline).toContainText("Posted on: 10 October 2014");
  await expect(byline).toContainText("Categories: Strategy");
  await expect(byline.locator("time")).toHaveAttribute("datetime", "2014-10-10T09:00:00Z");
  for (const label of ["Posted by:", "Posted on:", "Categories:"]) {
    const hidden = byline.locator(".govuk-visually-hidden", { hasText: label });
    await expect(hidden).toHaveCSS("position", "absolute");
  }
  await expect(byline.getByRole("link", { name: "Head of Digital" })).toHaveAttribute("href", at("/author/head-of-digital/"));
  await expect(byline.getByRole("link", { name: "Strategy" })).toHaveAttribute("href", at("/category/strategy/"));

  await expect(page.getByRole("region", { name: "History" })).toContainText(
    "This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government",
  );
  await expect(article.locator(".app-post__reading-time")).toHaveText(/^\d+ minute read$/);

  const themes = article.locator(".app-prose ol > li");
  await expect(themes).toHaveCount(5);
  for (const theme of ["Openness", "Simplicity", "Evidence", "Mainstream", "Efficiency"]) {
    await expect(themes.filter({ hasText: theme })).toHaveCount(1);
  }
  const quote = article.locator(".app-prose blockquote");
  await expect(quote).toContainText("delivering them at scale");
  await expect(quote).toHaveCSS("border-left-style", "solid");

  // The reader's comment asked for this link.
  const projects = article.getByRole("link", { name: "25 live projects" });
  await expect(projects).toHaveAttribute("href", at("/projects/"));

  await expect(article.locator(".app-term-links", { hasText: "Tags" }).getByRole("link")).not.toHaveCount(0);
  await expect(article.locator(".app-print-only")).toBeHidden();
  await expectNoAxeViolations(page);

  await projects.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Project register");
  await expect(page).toHaveURL(at("/projects/"));
});

test("comments are threaded, anchored and closed with a link to the policy", async ({ page }) => {
  await open(page, SEED_POST, SEED_TITLE);
  const comments = page.locator("#comments");
  await expect(comments.getByRole("heading", { level: 2, name: "3 comments" })).toBeVisible();
  const first = comments.locator("#comment-1");
  await expect(first.locator(".app-comment__meta").first()).toHaveText("Comment by simonfj posted on 13 October 2014");
  await expect(first).toContainText("Inclusion");
  // The reply and the reply to it sit inside the comment they answer.
  await expect(first.locator("#comment-2")).toContainText("Comment by Head of Digital posted on 21 October 2014");
  await expect(first.locator("#comment-2 #comment-3")).toContainText("Comment by Mei");
  const link = first.getByRole("link", { name: "Link to this comment" }).first();
  await expect(link).toHaveAttribute("href", "#comment-1");
  await expect(comments).toContainText("Comments are closed for this post.");
  await expect(comments.getByRole("link", { name: "Read our comment policy" })).toHaveAttribute("href", at("/comment-policy/"));

  await page.goto(`${SEED_POST}#comment-3`);
  await expect(page.locator("#comment-3")).toBeInViewport();
});

test("a post with open comments says how to respond", async ({ page }) => {
  await open(page, "/2015/11/20/show-and-tell-november-2015/", "Show and tell: November 2015");
  await expect(page.locator("#comments")).toContainText("Comments on this post are open.");
  await expect(page.locator("#comments")).toContainText("digital@example.org");
  // The data files' site has nowhere to send comments: no form.
  await expect(page.getByRole("heading", { name: "Add a comment" })).toHaveCount(0);
  await expect(page.locator("#comments form")).toHaveCount(0);
});

test("previous and next posts, and related posts, link onwards", async ({ page }) => {
  await open(page, "/2014/10/21/a-register-of-our-projects/");
  const neighbours = page.getByRole("navigation", { name: "Previous and next posts" });
  await expect(neighbours.getByRole("link", { name: /Previous post.*An update to our digital strategy/ })).toHaveAttribute("href", at(SEED_POST));
  await expect(neighbours.getByRole("link", { name: /Next post/ })).toHaveAttribute("href", new RegExp(`^${at("/2014/10/29/")}`));
  const related = page.locator(".app-post-links", { hasText: "Related posts" });
  await expect(related.getByRole("listitem")).toHaveCount(3);
  await neighbours.getByRole("link", { name: /Previous post/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  // The oldest post has no previous post.
  await expect(page.getByRole("link", { name: /Previous post/ })).toHaveCount(0);
});

// Every way a reader meets a post's body: as the pre-rendered page holds it (cleaned on the
// host), with its reading code or taken over by the app, and drawn by the app from the post's
// data file, as after a move in the app (its HTML through the browser's sanitiser, site paths
// put under the site's own path).
const appTakingOver = async (page, path) => {
  await withTheApp(page);
  await open(page, path);
};
for (const [arrival, opening, taker] of [
  ["pre-rendered", open, "parts"],
  ["pre-rendered, taken over by the app", appTakingOver, "hydrated"],
  ["drawn by the app", openFromShell, "rendered"],
]) {
test(`a long post has a table of contents, a table, an image with alt text and footnotes (${arrival})`, async ({ page }) => {
  await opening(page, LONG_POST);
  await expect(page.locator("html")).toHaveAttribute("data-app", taker);
  const contents = page.getByRole("navigation", { name: "Contents" });
  const entries = contents.getByRole("link");
  // Drawn by the app, the post arrives after the app has started: wait for it.
  await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(4);
  const target = await entries.first().getAttribute("href");
  await entries.first().click();
  await expect(page.locator(target)).toBeInViewport();
  const prose = page.locator(".app-prose");
  await expect(prose.locator("table th").first()).toBeVisible();
  const image = prose.locator("img").first();
  await expect(image).toHaveAttribute("alt", /Bar chart/);
  await expect(image).toHaveAttribute("src", new RegExp(`^${at("/images/")}`));
  await expect.poll(() => image.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(prose.locator(".footnote-definition").first()).toBeAttached();
  await expect(page.locator(".app-post__reading-time")).toHaveText(/^[5-9] minute read$/);
  await expectNoAxeViolations(page);
});
}

test("the seed post drawn by the app links the register under the site's path", async ({ page }) => {
  await openFromShell(page, SEED_POST);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  const article = page.locator("article");
  await expect(article.locator(".app-prose ol > li")).toHaveCount(5);
  const projects = article.getByRole("link", { name: "25 live projects" });
  await expect(projects).toHaveAttribute("href", at("/projects/"));
  await projects.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Project register");
});

// The site's public address, from content/site.toml: share links and the printed permalink use it.
const PUBLIC = "https://digital-health.example.org";

test("share links are plain links with the page's address, and Copy link copies it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page, SEED_POST, SEED_TITLE);
  const share = page.getByRole("region", { name: "Share this page" });
  const address = encodeURIComponent(`${PUBLIC}${SEED_POST}`);
  await expect(share.getByRole("link", { name: /^X/ })).toHaveAttribute("href", new RegExp(`^https://x\\.com/intent/post\\?text=.*&url=${address.replace(/[.]/g, "\\.")}$`));
  await expect(share.getByRole("link", { name: /^Facebook/ })).toHaveAttribute("href", `https://www.facebook.com/sharer/sharer.php?u=${address}`);
  await expect(share.getByRole("link", { name: /^LinkedIn/ })).toHaveAttribute("href", `https://www.linkedin.com/sharing/share-offsite/?url=${address}`);
  await expect(share.getByRole("link", { name: /^Email/ })).toHaveAttribute("href", /^mailto:\?subject=An%20update%20to%20our%20digital%20strategy&body=/);
  // No third-party script or frame is on the page.
  const foreign = await page.evaluate(() =>
    [...document.querySelectorAll("script[src], iframe, img[src]")]
      .map((e) => e.src)
      .filter((src) => !src.startsWith(location.origin)),
  );
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);

  await share.getByRole("button", { name: "Copy link" }).click();
  await expect(share.getByRole("status")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${PUBLIC}${SEED_POST}`);
  // Headless Chromium on Linux has no share sheet, so there is no Share button.
  await expect(share.getByRole("button", { name: "Share…" })).toHaveCount(0);
});

test("where the browser has a share sheet, Share opens it with the title and address", async ({ page }) => {
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.share = async (data) => {
      window.__shared.push(data);
    };
  });
  await open(page, SEED_POST, SEED_TITLE);
  await page.getByRole("button", { name: "Share…" }).click();
  await expect.poll(() => page.evaluate(() => window.__shared)).toEqual([
    { title: SEED_TITLE, url: `${PUBLIC}${SEED_POST}` },
  ]);
});

test("printing shows the permalink and hides the navigation", async ({ page }) => {
  await open(page, SEED_POST, SEED_TITLE);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".app-print-only")).toHaveText(`Permalink: ${PUBLIC}${SEED_POST}`);
  await expect(page.locator(".app-aside")).toBeHidden();
  await expect(page.getByRole("region", { name: "Share this page" })).toBeHidden();
});

test("a deep link survives a reload", async ({ page }) => {
  await open(page, SEED_POST, SEED_TITLE);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.locator("#comment-1")).toBeVisible();
});

test("standalone pages: accessibility statement, cookies and comment policy", async ({ page }) => {
  await open(page, "/");
  const footer = page.locator("footer");
  await expect(footer).toContainText("This site sets no cookies.");
  await expect(footer.getByRole("link", { name: "Open Government Licence v3.0" })).toBeVisible();
  for (const [name, path] of [["Accessibility statement", "/accessibility/"], ["Cookies", "/cookies/"], ["Comment policy", "/comment-policy/"]]) {
    await footer.getByRole("link", { name }).click();
    await expect(page).toHaveURL(at(path));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test.describe("pages that do not exist", () => {
  // nginx answers the missing data files with 404, which Chromium logs.
  test.use({ allowedConsoleError: /status of 404/ });

  for (const path of [
    "/no/such/page/",
    "/2014/10/10/no-such-post/",
    "/2015/10/10/an-update-to-our-digital-strategy/",
    "/category/no-such-category/",
    "/tag/no-such-tag/",
    "/author/nobody/",
    "/2013/01/",
    "/?page=99",
    "/themes/no-such-theme/",
    "/projects/no-such-project/",
    "/no-such-page/",
  ]) {
    test(`${path} shows Page not found with links onward`, async ({ page }) => {
      await open(page, path, "Page not found");
      await expect(page).toHaveTitle(`Page not found - ${SITE}`);
      for (const name of ["read the latest posts", "see the five themes of our strategy", "browse the register of our projects"]) {
        await expect(page.getByRole("link", { name })).toBeVisible();
      }
    });
  }

  test("Page not found passes the accessibility scan and survives a reload", async ({ page }) => {
    await open(page, "/no/such/page/", "Page not found");
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});
