// Shared by every end-to-end test: a page that fails its test on any browser console error or
// uncaught exception, an axe-core accessibility check, and helpers for the sample content.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const test = base.extend({
  // Console errors a test provokes on purpose (a 404 it set up, say), as one regular expression.
  allowedConsoleError: [null, { option: true }],
  // Where the site is served (set per project in playwright.config.mjs): its path, and a
  // second copy of the build that a test may redeploy ({ url, dir }).
  sitePrefix: ["/", { option: true }],
  updateSite: [null, { option: true }],

  // The site's own address, with its path and no trailing slash ("http://host/intranet/strategy").
  siteURL: async ({ baseURL, sitePrefix }, use) => {
    await use(new URL(sitePrefix, baseURL).href.replace(/\/$/, ""));
  },

  page: async ({ page, allowedConsoleError }, use) => {
    // Specs name pages by their path at the root; under a sub-path they move with the site.
    const goto = page.goto.bind(page);
    page.goto = (url, options) => goto(at(url), options);
    const problems = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      if (!allowedConsoleError?.test(text)) {
        problems.push(`console error: ${text}`);
      }
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    // Anything the Content-Security-Policy blocks fails the test, whatever the browser logs.
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
      });
    });
    await use(page);
    expect(problems, "the browser reported errors").toEqual([]);
  },
});

export { expect };

/**
 * A root-absolute path ("/themes/") as the site under test serves it ("/intranet/strategy/themes/"
 * under a sub-path). Other addresses, and paths already under the prefix, are returned as they
 * are.
 */
export function at(path) {
  const prefix = test.info().project.use.sitePrefix ?? "/";
  if (typeof path !== "string" || !path.startsWith("/") || path.startsWith("//")) return path;
  if (prefix === "/" || path.startsWith(prefix)) return path;
  return prefix + path.slice(1);
}

/** Fails with a readable list unless axe-core finds no WCAG 2.2 A/AA or best-practice problem. */
export async function expectNoAxeViolations(page, { exclude } = {}) {
  let builder = new AxeBuilder({ page });
  if (exclude) builder = builder.exclude(exclude);
  const results = await builder
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(violations, `accessibility problems on ${page.url()}`).toEqual([]);
}

/** Opens a page, waits for its H1 and for the app to have started. */
export async function open(page, path, heading) {
  await page.goto(path);
  const h1 = page.getByRole("heading", { level: 1 });
  if (heading) {
    await expect(h1).toHaveText(heading);
  } else {
    await expect(h1).toBeVisible();
  }
  // A pre-rendered page reads before the app starts; the tests drive the app.
  await appStarted(page);
  return h1;
}

/** Presses Tab until the focused element matches `predicate` (run in the page), or fails. */
export async function tabTo(page, description, predicate, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(predicate)) return;
  }
  throw new Error(`Tab never reached ${description}`);
}

/** Waits until the app has taken the page over (hydrated it, or rendered into the shell). */
export async function appStarted(page) {
  await page.locator("html[data-app]").waitFor({ state: "attached" });
}

/**
 * Makes reading pages start the app, as they do where their reading code cannot be had (the
 * start file fails, and the page's start gate falls back to the app): for the tests of the
 * app's own take-over of a pre-rendered page, and of its navigation. Call before `goto`.
 */
export async function withTheApp(page) {
  await page.route(/\/reading-start\.[0-9a-f]{16}\.js$/, (route) =>
    route.fulfill({ contentType: "text/javascript", body: 'throw new Error("the test withholds the reading code");' }),
  );
}

/**
 * Holds back the requests code makes for `url` (a glob or regular expression, as
 * `page.route` takes) until the returned `release` is called; the browser's own page loads
 * pass. For pages and data slow to come.
 */
export async function holdFetches(page, url) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    if (route.request().resourceType() === "document") return route.fallback();
    await held;
    await route.fallback();
  });
  return release;
}

/**
 * Opens `path` as the app renders it from data it fetches, not as the pre-rendered page: the
 * page request is answered with the page shell, so the app starts with nothing and asks for
 * every data file (which a test may then break or replace).
 */
export async function openFromShell(page, path) {
  const url = new URL(at(path), "http://placeholder");
  await page.route((requested) => requested.pathname === url.pathname && requested.search === url.search, async (route) => {
    if (route.request().resourceType() !== "document") return route.fallback();
    const shell = await route.fetch({ url: new URL(at("/shell.html"), route.request().url()).href });
    await route.fulfill({ response: shell });
  });
  await page.goto(path);
  await appStarted(page);
}

export const SEED_POST = "/2014/10/10/an-update-to-our-digital-strategy/";
export const SEED_TITLE = "An update to our digital strategy";
export const LONG_POST = "/2015/03/25/halfway-through-our-digital-strategy/";
export const SITE = "Digital health";
