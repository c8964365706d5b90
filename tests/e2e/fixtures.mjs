// Shared by every end-to-end test: a page that fails its test on any browser console error or
// uncaught exception, and an axe-core accessibility check.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const test = base.extend({
  // Console errors a test provokes on purpose (a 404 it set up, say), as one regular expression.
  allowedConsoleError: [null, { option: true }],

  page: async ({ page, allowedConsoleError }, use) => {
    const problems = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      if (!allowedConsoleError?.test(text)) {
        problems.push(`console error: ${text}`);
      }
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    await use(page);
    expect(problems, "the browser reported errors").toEqual([]);
  },
});

export { expect };

/** Fails with a readable list unless axe-core finds no WCAG 2.2 A/AA or best-practice problem. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(violations, `accessibility problems on ${page.url()}`).toEqual([]);
}

export const SEED_POST = "/2014/10/10/an-update-to-our-digital-strategy/";
export const SEED_TITLE = "An update to our digital strategy";
