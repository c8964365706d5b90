// Bad data and bad networks get a clear message and a way to try again, never a blank page.
import { test, expect, expectNoAxeViolations, openFromShell, SEED_POST, SEED_TITLE, SITE } from "./fixtures.mjs";

// Pre-rendered pages carry their data; these tests open pages from the shell, so that the app
// fetches every data file and meets the broken ones.

// Each test here breaks a data file on purpose; the browser logs the failed request.
test.use({ allowedConsoleError: /status of (404|500)|ERR_INTERNET_DISCONNECTED/ });

const POST_FILE = "**/data/posts/an-update-to-our-digital-strategy.json";
const HOME_LIST = "**/data/lists/home/1.json";

test("a missing list file shows a clear message, and Try again recovers", async ({ page }) => {
  await page.route(HOME_LIST, (route) => route.fulfill({ status: 404, body: "Not Found" }));
  await openFromShell(page, "/");
  // A list page whose file is missing is a page that does not exist.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("a missing site file explains itself, and Try again recovers", async ({ page }) => {
  let failing = true;
  await page.route("**/data/site.json", (route) =>
    failing ? route.fulfill({ status: 404, body: "Not Found" }) : route.fallback(),
  );
  await openFromShell(page, "/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Sorry, there is a problem loading this page");
  await expect(alert).toContainText("Some of the content for this page is missing.");
  await alert.getByText("Details for the site's maintainers").click();
  await expect(alert).toContainText("data/site.json was not found (HTTP 404)");
  await expectNoAxeViolations(page);

  failing = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SITE);
  await expect(page.locator(".app-post-card").first()).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a malformed post file names the field at fault", async ({ page }) => {
  await page.route(POST_FILE, async (route) => {
    const response = await route.fetch();
    const file = await response.json();
    file.post.date = "10th October 2014";
    await route.fulfill({ response, json: file });
  });
  await openFromShell(page, SEED_POST);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sorry, there is a problem loading this page");
  await expect(page).toHaveTitle(`Sorry, there is a problem - ${SITE}`);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("damaged or in a format this site cannot read");
  await alert.getByText("Details for the site's maintainers").click();
  await expect(alert).toContainText("the field `post.date` is wrong");
  await expect(alert).toContainText('"10th October 2014"');
  await expectNoAxeViolations(page);
});

test("a data file in a newer format is refused with its version", async ({ page }) => {
  await page.route(POST_FILE, async (route) => {
    const response = await route.fetch();
    const file = await response.json();
    file.schema = 2;
    await route.fulfill({ response, json: file });
  });
  await openFromShell(page, SEED_POST);
  await page.getByText("Details for the site's maintainers").click();
  await expect(page.getByRole("alert")).toContainText("data format version 2, but this app reads version 1");
});

test("JSON that is cut short is reported, not shown as a blank page", async ({ page }) => {
  await page.route(POST_FILE, (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"schema": 1, "post": {"slug": "an-' }),
  );
  await openFromShell(page, SEED_POST);
  await page.getByText("Details for the site's maintainers").click();
  await expect(page.getByRole("alert")).toContainText("it is not valid JSON");
});

test("an HTML page where JSON was expected is named as such", async ({ page }) => {
  await page.route(POST_FILE, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!DOCTYPE html><html><body>App</body></html>" }),
  );
  await openFromShell(page, SEED_POST);
  await page.getByText("Details for the site's maintainers").click();
  await expect(page.getByRole("alert")).toContainText("where JSON data was expected");
});

test("a server error on the comments keeps the post readable and offers Try again", async ({ page }) => {
  let failing = true;
  await page.route("**/data/comments/*.json", (route) =>
    failing ? route.fulfill({ status: 500, body: "Internal Server Error" }) : route.fallback(),
  );
  await openFromShell(page, SEED_POST);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("The server had a problem");
  failing = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator("#comment-1")).toContainText("simonfj");
});

test("no network at all is reported as a connection problem", async ({ page }) => {
  await page.route("**/data/site.json", (route) => route.abort("internetdisconnected"));
  await openFromShell(page, "/");
  await expect(page.getByRole("alert")).toContainText("Check your internet connection");
});

// This build leaves WordPress out (a plain `trunk build`): a site file that names a WordPress
// site gets a page that says why nothing can be shown, not pages from files it does not have.
test("a site that reads from WordPress, served by the build without it, says so", async ({ page }) => {
  await page.route("**/data/site.json", async (route) => {
    const response = await route.fetch();
    const file = await response.json();
    file.site.wordpress = "http://127.0.0.1:9";
    await route.fulfill({ response, json: file });
  });
  await openFromShell(page, "/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sorry, there is a problem with this site");
  await expect(page.locator("main")).toContainText("TRUNK_BUILD_FEATURES=wordpress");
  await expect(page.locator(".app-post-card")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
