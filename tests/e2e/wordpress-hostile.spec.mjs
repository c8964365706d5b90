// The hostile payloads of hostile.spec.mjs, from a real WordPress: tests/wordpress/seed-hostile.mjs
// puts every one of them in post titles, excerpts and bodies, tag, category and author names,
// and comment bodies and commenter names, in a corner of the tests' WordPress that only
// requests asking for it see (so the other WordPress tests keep the site they count on). The
// WordPress-backed build reads them as it reads any WordPress; nothing may run.
import { test, expect, open } from "./fixtures.mjs";
import { PAYLOADS } from "./hostile-payloads.mjs";
import { watchForScript, expectInert } from "./hostile-checks.mjs";

test.skip(!process.env.WP_SITE_URL, "WP_SITE_URL is not set (scripts/e2e sets it)");
// The WordPress-backed build is served at its root only (as wordpress.spec.mjs, which the
// sub-path project leaves out by name).
test.skip(({ sitePrefix }) => sitePrefix !== "/", "the WordPress build is served at its root");
test.use({
  baseURL: process.env.WP_SITE_URL,
  // Chromium checks the page's Content-Security-Policy while it parses HTML, even for the
  // sanitiser's own inert parse, and logs the event handlers and style attributes it meets
  // there as blocked before the sanitiser drops them (as in wordpress.spec.mjs); images
  // with made-up relative addresses (`<img src=x>`) are fetched, and missing.
  allowedConsoleError: /inline event handler|inline style|CSP violation: (script|style)-src-attr|status of 404/,
});

const WP = process.env.WP_URL;
const POSTS = 12;
const NEWEST = "/2016/12/10/hostile-post-11/";

/** Lets the page see the hostile posts: every request to WordPress asks for them. */
async function showHostilePosts(page) {
  await page.route(
    (url) => url.href.startsWith(`${WP}/`),
    (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set("blog_reader_hostile", "1");
      return route.continue({ url: url.href });
    },
  );
}

test.beforeEach(async ({ page }) => {
  await showHostilePosts(page);
});

/** The addresses left in a post body or a comment lead somewhere ordinary. */
async function expectOrdinaryLinks(page, selector, pattern) {
  for (const link of await page.locator(`${selector} a[href]`).all()) {
    expect(await link.getAttribute("href")).toMatch(pattern);
  }
}

test("hostile titles, excerpts, author, category and tag names in WordPress lists", async ({ page }) => {
  const dialogs = await watchForScript(page);
  const cards = page.locator(".app-post-card");
  const count = page.locator(".app-post-list__count");

  // Home: the newest posts are hostile ones; their names are in the sidebar too.
  await open(page, "/", "Digital health");
  await expect(cards).toHaveCount(5);
  await expect(count).toHaveText(`${POSTS + 12} posts, page 1 of 5`);
  await expect(cards.first()).toContainText("javascript:window.__pwned=1");
  await expectInert(page, dialogs);

  // The category every hostile post is in (its name is a payload), page by page.
  for (const pageNumber of [1, 2, 3]) {
    await page.goto(pageNumber === 1 ? "/category/hostile/" : `/category/hostile/page/${pageNumber}/`);
    await expect(count).toHaveText(`${POSTS} posts, page ${pageNumber} of 3`);
    await expect(cards).toHaveCount(pageNumber === 3 ? 2 : 5);
    await expectInert(page, dialogs);
  }

  // An author, a tag and a category named by payloads.
  await page.goto("/author/hostile-author-5/");
  await expect(cards).toHaveCount(2);
  await expectInert(page, dialogs);
  await page.goto("/tag/hostile-tag-3/");
  await expect(cards).toHaveCount(1);
  await expectInert(page, dialogs);
  await page.goto("/category/hostile-category-1/");
  await expect(cards).toHaveCount(2);
  await expectInert(page, dialogs);

  // The archive (authors and months) and an embedded list.
  await page.goto("/archives/");
  await expect(page.getByRole("heading", { name: `2016 (${POSTS})` })).toBeVisible();
  await expectInert(page, dialogs);
  await page.goto("/embed/latest/?count=5");
  await expect(cards).toHaveCount(5);
  await expectInert(page, dialogs);
});

test("a hostile WordPress post: body, title, terms, neighbours and every comment", async ({ page }) => {
  const dialogs = await watchForScript(page);
  await open(page, NEWEST);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("javascript:window.__pwned=1");
  const body = page.locator(".app-prose");
  await expect(body).toContainText("Hostile post 11.");
  // The links whose address was unsafe keep their words.
  await expect(body.getByText("click").first()).toBeVisible();
  await expect(page.locator("#comments-heading")).toHaveText(`${PAYLOADS.length} comments`);
  await expect(page.locator(".app-comment")).toHaveCount(PAYLOADS.length);
  await expectInert(page, dialogs);
  await expectOrdinaryLinks(page, ".app-prose", /^(https?:|mailto:|tel:|\/|#|[a-z0-9])/i);
  // Comment bodies have paragraphs and web links only.
  const tags = await page.evaluate(() => [
    ...new Set([...document.querySelectorAll(".app-comment__body *")].map((e) => e.tagName)),
  ]);
  expect(tags.sort()).toEqual(["A", "P"]);
  await expectOrdinaryLinks(page, ".app-comment__body", /^https?:\/\//);

  // The post before it, reached in the app.
  await page.locator("a[rel=prev]").first().click();
  await expect(page).toHaveURL(/hostile-post-10\/$/);
  await expect(page.locator(".app-prose")).toContainText("Hostile post 10.");
  await expectInert(page, dialogs);
});

test("hostile WordPress titles and excerpts in search results", async ({ page }) => {
  const dialogs = await watchForScript(page);
  await open(page, "/search/", "Search");
  await page.getByRole("search", { name: "Search the blog" }).getByLabel("Search this blog").fill("pwned");
  await expect(page.locator(".app-search-result").first()).toBeVisible();
  await expect(page.locator(".app-search__status")).toHaveText(/results? for ‘pwned’/);
  await expectInert(page, dialogs);
});

test("WordPress's API answers with the payloads as written, and without them when not asked", async ({ request }) => {
  const get = async (path) => (await request.get(`${WP}/wp-json/wp/v2/${path}`)).json();
  const [tag] = await get("tags?slug=hostile-tag-0&blog_reader_hostile=1");
  expect(tag.name).toBe(PAYLOADS[0]);
  const [author] = await get("users?slug=hostile-author-0&blog_reader_hostile=1");
  expect(author.name).toBe(PAYLOADS[20]);
  const [post] = await get("posts?slug=hostile-post-11&_fields=id&blog_reader_hostile=1");
  const comments = await get(`comments?post=${post.id}&per_page=100&blog_reader_hostile=1`);
  expect(comments.map((c) => c.author_name).sort()).toEqual(
    PAYLOADS.map((_, i) => PAYLOADS[(i + 7) % PAYLOADS.length]).sort(),
  );
  // The other tests' site has none of it.
  expect(await get("tags?slug=hostile-tag-0")).toEqual([]);
  expect(await get("posts?slug=hostile-post-11")).toEqual([]);
});
