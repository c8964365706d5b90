// Key pages at a phone's 320 px (the width WCAG reflow asks for, and what 400% zoom of a
// 1280 px window gives) and at 1280 px: nothing scrolls sideways, and screenshots are kept.
import { test, expect, open, SEED_POST, LONG_POST } from "./fixtures.mjs";

const PAGES = [
  ["home", "/"],
  ["post", SEED_POST],
  ["long-post", LONG_POST],
  ["projects", "/projects/"],
  ["theme", "/themes/openness/"],
  ["archives", "/archives/"],
  ["not-found", "/no/such/page/"],
];

test.use({ allowedConsoleError: /status of 404/ });

for (const width of [320, 1280]) {
  for (const [name, path] of PAGES) {
    test(`${name} at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await open(page, path);
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-artifacts/screenshots/${name}-${width}.png`, fullPage: true });
    });
  }
}
