// End-to-end tests: the release build, served by nginx (scripts/e2e), in Debian's Chromium.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: process.env.BASE_URL,
    browserName: "chromium",
    // Specs that route requests need to see them all; offline.spec.mjs allows the worker.
    serviceWorkers: "block",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "root",
      // Changes the tests' WordPress, whose posts other specs count: run apart, below.
      testIgnore: /wordpress-live\.spec\.mjs/,
      use: {
        baseURL: process.env.BASE_URL,
        updateSite: process.env.UPDATE_URL
          ? { url: process.env.UPDATE_URL, dir: process.env.UPDATE_DIR }
          : null,
      },
    },
    // The same build made for a sub-path (trunk --public-url, SUB_PATH in scripts/lib.sh: two
    // folders, /intranet/strategy/), served under it: the whole suite but the scale and
    // WordPress tests, which read sites served at their root.
    ...(process.env.SUB_URL
      ? [
          {
            name: "sub-path",
            testIgnore: /(scale|wordpress|wordpress-live)\.spec\.mjs/,
            use: {
              baseURL: process.env.SUB_URL,
              sitePrefix: process.env.SUB_PATH || "/intranet/strategy/",
              updateSite: { url: process.env.SUB_UPDATE_URL, dir: process.env.SUB_UPDATE_DIR },
            },
          },
        ]
      : []),
    // The published WordPress read live: its tests add, edit and comment on posts on the
    // tests' WordPress (and put them back), so they run once every other test that reads
    // WordPress has finished. If a root test fails, Playwright skips these ("did not run").
    {
      name: "live",
      testMatch: /wordpress-live\.spec\.mjs/,
      dependencies: ["root"],
      use: { baseURL: process.env.WP_PUBLISHED_URL },
    },
  ],
});
