// Embedding in an intranet page on another origin: the views, their height, their links, and
// messages from origins that are not the blog's.
import { test, expect, SEED_POST, SEED_TITLE, SITE, expectNoAxeViolations } from "./fixtures.mjs";

import { writeFileSync } from "node:fs";
import path from "node:path";

// Intranet pages, served by their own nginx (scripts/e2e) on another port of 127.0.0.1,
// which the sample site allows; the same server as localhost is a foreign origin.
const HOSTS_URL = process.env.HOSTS_URL;
const HOSTS_DIR = process.env.HOSTS_DIR;
let pages = 0;

function hostPage(html) {
  const name = `page-${process.pid}-${++pages}.html`;
  writeFileSync(path.join(HOSTS_DIR, name), html);
  return name;
}

async function intranetPage(page, siteURL, body) {
  const name = hostPage(
    `<!doctype html><html lang="en"><head><title>Intranet</title><link rel="icon" href="data:,"></head><body><h1>Staff news</h1>${body}<script src="${siteURL}/embed.js"></script></body></html>`,
  );
  await page.goto(`${HOSTS_URL}/${name}`);
}

const frameHeight = (page, n = 0) =>
  page.locator("iframe.blog-embed").nth(n).evaluate((f) => Number(f.getAttribute("height")));

/** The first `count` loader iframes each take their view's height. */
async function expectFramesSized(page, count) {
  for (let n = 0; n < count; n++) {
    // The loader's iframes load lazily, as the reader scrolls to them.
    await page.locator("iframe.blog-embed").nth(n).scrollIntoViewIfNeeded();
    const view = page.frameLocator(`iframe.blog-embed >> nth=${n}`).locator(".app-embed");
    await expect(view).toBeVisible();
    const inner = await view.evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
    await expect.poll(() => frameHeight(page, n)).toBe(inner);
  }
}

test("each view embeds, sized to its content, without the site's header and footer", async ({ page, siteURL }) => {
  await intranetPage(
    page,
    siteURL,
    `<div data-blog-embed="latest" data-count="3"></div>
     <div data-blog-embed="post" data-post="${SEED_POST.replace(/^\/|\/$/g, "")}"></div>
     <div data-blog-embed="themes" data-theme="openness"></div>
     <div data-blog-embed="projects" data-phase="live"></div>`,
  );
  const frames = page.locator("iframe.blog-embed");
  await expect(frames).toHaveCount(4);
  const latest = page.frameLocator("iframe.blog-embed >> nth=0");
  await expect(latest.locator(".app-post-card")).toHaveCount(3);
  await expect(latest.locator("header, footer")).toHaveCount(0);
  const post = page.frameLocator("iframe.blog-embed >> nth=1");
  await expect(post.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.frameLocator("iframe.blog-embed >> nth=2").getByRole("heading", { level: 1 })).toHaveText("Openness");
  const register = page.frameLocator("iframe.blog-embed >> nth=3");
  await expect(register.getByRole("heading", { level: 1 })).toHaveText("Project register");
  // Each iframe takes its content's height (the loader's default is 400).
  await expectFramesSized(page, 4);
  expect(await frameHeight(page, 1)).toBeGreaterThan(1000);
});

test("the height follows the content as it grows and shrinks, after navigation in the frame too", async ({ page, siteURL }) => {
  await intranetPage(page, siteURL, `<div data-blog-embed="latest" data-count="2" data-links="frame"></div>`);
  const frame = page.frameLocator("iframe.blog-embed");
  await expect(frame.locator(".app-post-card")).toHaveCount(2);
  await expect.poll(() => frameHeight(page)).toBeLessThan(1000);
  const short = await frameHeight(page);
  // Links kept in the frame (data-links="frame"): a long post makes it grow.
  await frame.locator(".app-post-card a").first().click();
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(short + 200);
  // Back to the short list: it shrinks again.
  await frame.locator(".app-embed__main").evaluate(() => history.back());
  await expect(frame.locator(".app-post-card")).toHaveCount(2);
  await expect.poll(() => frameHeight(page)).toBe(short);
});

test("links open in the intranet page's window by default", async ({ page, siteURL }) => {
  await intranetPage(page, siteURL, `<div data-blog-embed="latest" data-count="1"></div>`);
  const frame = page.frameLocator("iframe.blog-embed");
  const link = frame.locator(".app-post-card a").first();
  const href = await link.getAttribute("href");
  await link.click();
  await expect(page).toHaveURL(new URL(href, siteURL).href);
  await expect(page.getByRole("banner")).toContainText(SITE);
});

// The views are pre-rendered: a small script of their own (embed_view.js) does what the
// frame needs, and the app's code is not loaded at all.
test("the views load none of the app's code and still size, count and link", async ({ page, siteURL }) => {
  const requests = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await intranetPage(
    page,
    siteURL,
    `<div data-blog-embed="latest" data-count="2"></div>
     <div data-blog-embed="post" data-post="${SEED_POST.replace(/^\/|\/$/g, "")}"></div>
     <div data-blog-embed="themes" data-theme="openness"></div>
     <div data-blog-embed="projects"></div>
     <iframe id="w" src="${siteURL}/embed/widget/?height=300" title="Latest posts" height="300" width="400"></iframe>`,
  );
  const frames = page.locator("iframe.blog-embed");
  await expect(frames).toHaveCount(4);
  await expectFramesSized(page, 4);
  for (let n = 0; n < 4; n++) {
    await expect(page.frameLocator(`iframe.blog-embed >> nth=${n}`).locator("html")).toHaveAttribute("data-app", "embed-view");
  }
  await expect(page.frameLocator("#w").locator("html")).toHaveAttribute("data-app", "embed-view");
  // The count asked for, of the most the page holds.
  await expect(page.frameLocator("iframe.blog-embed >> nth=0").locator(".app-post-card")).toHaveCount(2);
  await page.waitForTimeout(2500);
  const appCode = requests.filter((p) => /\.wasm$|\/app-start\.[^/]*\.js$|\/strategy-blog-[^/]*\.js$/.test(p));
  expect(appCode, "app code requested").toEqual([]);
});

test("a filtered register is its own pre-rendered page; a filter with none is drawn by the app", async ({ page, siteURL }) => {
  // The server maps the filters onto the page pre-rendered for them (tests/e2e/nginx.conf.in,
  // as deploy/nginx.conf does).
  await intranetPage(
    page,
    siteURL,
    `<div data-blog-embed="projects" data-phase="live" data-theme="openness"></div>
     <div data-blog-embed="projects" data-theme="no-such-theme"></div>`,
  );
  const filtered = page.frameLocator("iframe.blog-embed >> nth=0");
  await expect(filtered.locator("html")).toHaveAttribute("data-app", "embed-view");
  await expect(filtered.locator(".app-project-register__count")).toContainText("theme Openness, phase Live");
  // A host without the mapping (or a theme the site lacks) serves the unfiltered page: the
  // embed script sees it is not the view asked for, and the app draws that view.
  await page.locator("iframe.blog-embed").nth(1).scrollIntoViewIfNeeded();
  const other = page.frameLocator("iframe.blog-embed >> nth=1");
  await expect(other.locator("html")).toHaveAttribute("data-app", "rendered");
  await expect(other.getByText("No project matches these filters.")).toBeVisible();
});

test("the register's filters stay in the frame with links=frame, and open in the page around it without", async ({ page, siteURL }) => {
  await intranetPage(
    page,
    siteURL,
    `<div data-blog-embed="projects" data-links="frame"></div><div data-blog-embed="projects"></div>`,
  );
  const inFrame = page.frameLocator("iframe.blog-embed >> nth=0");
  await expect(inFrame.locator("html")).toHaveAttribute("data-app", "embed-view");
  await inFrame.getByLabel("Phase").selectOption("live");
  await inFrame.getByRole("button", { name: "Apply filters" }).click();
  await expect(inFrame.locator(".app-project-register__count")).toContainText("phase Live");
  // The filtered embed view, pre-rendered, keeping the frame's settings; the host page stays.
  const frame = await (await page.locator("iframe.blog-embed").nth(0).elementHandle()).contentFrame();
  const frameURL = new URL(frame.url());
  expect(frameURL.pathname).toBe(new URL(`${siteURL}/embed/projects/`).pathname);
  expect(frameURL.searchParams.get("phase")).toBe("live");
  expect(frameURL.searchParams.get("links")).toBe("frame");
  await expect(inFrame.locator("header")).toHaveCount(0);
  await expect(inFrame.locator("html")).toHaveAttribute("data-app", "embed-view");
  const host = page.url();
  expect(host.startsWith(HOSTS_URL)).toBe(true);
  // Without links=frame, the filtered register opens in the intranet page's window.
  await page.locator("iframe.blog-embed").nth(1).scrollIntoViewIfNeeded();
  const outside = page.frameLocator("iframe.blog-embed >> nth=1");
  await expect(outside.locator("html")).toHaveAttribute("data-app", "embed-view");
  await outside.getByLabel("Phase").selectOption("beta");
  await outside.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(`${siteURL}/projects/?theme=&phase=beta`);
  await expect(page.locator(".app-project-register__count")).toContainText("phase Beta");
});

test("the view tells its height only to the sites on the list, as the app would", async ({ page }) => {
  await page.goto("/embed/latest/");
  // The embed script, named by the start-up gate, imported here to try its origin check.
  const gate = await page.locator("script[type=module]").first().getAttribute("src");
  const results = await page.evaluate(async (gateSrc) => {
    const gateCode = await (await fetch(gateSrc)).text();
    const view = await import(/const embedView = "([^"]+)"/.exec(gateCode)[1]);
    // embed_origins.rs's tests, and the sample site's own list (content/site.toml).
    const patterns = ["https://intranet.example.gov.uk", "https://*.nhs.example", "http://127.0.0.1:*"];
    const matches = (origin) => patterns.some((p) => view.originMatches(origin, p));
    return {
      allowed: ["https://intranet.example.gov.uk", "https://staff.nhs.example", "http://127.0.0.1:8093"].map(matches),
      refused: [
        "http://intranet.example.gov.uk",
        "https://intranet.example.gov.uk:8443",
        "https://evil-intranet.example.gov.uk",
        "https://nhs.example",
        "https://nhs.example.evil",
        "http://localhost:8093",
        "null",
        "",
      ].map(matches),
      site: [location.origin, "https://intranet.example.org", "http://127.0.0.1:1", "http://localhost:1"].map(view.originAllowed),
    };
  }, gate);
  expect(results.allowed).toEqual([true, true, true]);
  expect(results.refused).toEqual(Array(8).fill(false));
  expect(results.site).toEqual([true, true, true, false]);
});

test("a height message from another origin changes nothing", async ({ page, context, siteURL }) => {
  await intranetPage(page, siteURL, `<div data-blog-embed="latest" data-count="1"></div>`);
  // Settled: the post is in, and the iframe has taken the height of the view with it (a
  // height read any earlier may be the view's loading state).
  const view = page.frameLocator("iframe.blog-embed");
  await expect(view.locator(".app-post-card")).toHaveCount(1);
  const inner = await view.locator(".app-embed").evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
  await expect.poll(() => frameHeight(page)).toBe(inner);
  const settled = await frameHeight(page);
  // A page on a foreign origin, framed by the intranet, claims a huge height; so does the
  // intranet page itself, pretending to be the blog.
  const foreign = hostPage(
    `<!doctype html><title>Foreign</title><link rel="icon" href="data:,"><script>parent.postMessage({ type: "blog-embed:height", frame: "blog-embed-1", height: 5000 }, "*");</script>`,
  );
  const FOREIGN = `${HOSTS_URL.replace("127.0.0.1", "localhost")}/${foreign}`;
  await page.evaluate((src) => {
    const f = document.createElement("iframe");
    f.src = src;
    document.body.append(f);
    window.postMessage({ type: "blog-embed:height", frame: "blog-embed-1", height: 6000 }, "*");
  }, FOREIGN);
  await page.waitForTimeout(500);
  expect(await frameHeight(page)).toBe(settled);
});

test("the fixed-height widget fits the height it is given and ends with a link to the rest", async ({ page, siteURL }) => {
  await intranetPage(page, siteURL, `<iframe id="w" src="${siteURL}/embed/widget/?height=260" title="Latest posts" height="260" width="400"></iframe>`);
  const widget = page.frameLocator("#w");
  const more = widget.getByRole("link", { name: `All posts on ${SITE}` });
  await expect(more).toBeVisible();
  const measure = () =>
    widget.locator(".app-widget").evaluate((w) => {
      const box = w.getBoundingClientRect();
      const items = [...w.querySelectorAll(".app-widget__item")].map((i) => i.getBoundingClientRect());
      const shown = items.filter((r) => r.left < box.right && r.right > box.left);
      return {
        bottom: w.querySelector(".app-widget__more").getBoundingClientRect().bottom <= innerHeight,
        shown: shown.length,
        whole: shown.every((r) => r.bottom <= box.bottom),
      };
    });
  // The posts arrive after the link to the rest (once seen with none laid out yet).
  await expect.poll(async () => (await measure()).shown).toBeGreaterThan(0);
  const fits = await measure();
  expect(fits.bottom).toBe(true);
  expect(fits.whole).toBe(true);
});

test("editors get a snippet for each view with a live preview", async ({ page }) => {
  await page.goto("/embed/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Embed the blog in your intranet");
  await expect(page.locator(".app-snippet")).toHaveCount(4);
  await expect(page.locator(".app-snippet").first()).toContainText('data-blog-embed="latest"');
  await expect(page.locator(".app-snippet").first()).toContainText("embed.js");
  await expect(page.frameLocator("iframe.app-embed-preview >> nth=0").locator(".app-post-card")).toHaveCount(3);
  // The previews are the views, scanned on their own.
  await expectNoAxeViolations(page, { exclude: "iframe" });
  for (const view of ["/embed/latest/?count=3", "/embed/widget/?height=320", `/embed${SEED_POST}`]) {
    await page.goto(view);
    await expect(page.locator(".app-embed")).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test("a link within the view (to a comment) stays in the frame", async ({ page, siteURL }) => {
  await intranetPage(page, siteURL, `<div data-blog-embed="post" data-post="${SEED_POST.replace(/^\/|\/$/g, "")}"></div>`);
  const frame = page.frameLocator("iframe.blog-embed");
  const host = page.url();
  await frame.getByRole("link", { name: "Link to this comment" }).first().click();
  await expect.poll(() => page.frames()[1].url()).toMatch(/#comment-1$/);
  expect(page.url()).toBe(host);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the widget's links still open in the intranet page's window", async ({ page, siteURL }) => {
    const name = hostPage(
      `<!doctype html><html lang="en"><head><title>Intranet</title><link rel="icon" href="data:,"></head><body><h1>Staff news</h1><iframe id="w" src="${siteURL}/embed/widget/?height=320" title="Latest posts" height="320" width="400"></iframe></body></html>`,
    );
    await page.goto(`${HOSTS_URL}/${name}`);
    const link = page.frameLocator("#w").locator(".app-widget__item a").first();
    const href = await link.getAttribute("href");
    await link.click();
    await expect(page).toHaveURL(new URL(href, siteURL).href);
  });
});
