// The header's section links on a phone (issue 21): once the app runs, GOV.UK's Menu button
// folds them away below the tablet breakpoint; on a wide screen, and without JavaScript,
// the links are simply shown and there is no button.
import { test, expect, open, tabTo, expectNoAxeViolations, SITE } from "./fixtures.mjs";

const SECTIONS = ["Posts", "Themes", "Projects", "Archives"];

const sections = (page) => page.getByRole("navigation", { name: "Sections" });
// By class, not by role: a hidden button is not in the accessibility tree.
const menuButton = (page) => page.locator(".govuk-service-navigation__toggle");
const sectionLinks = (page) => SECTIONS.map((name) => sections(page).getByRole("link", { name, exact: true }));

async function expectLinks(page, visible) {
  for (const link of sectionLinks(page)) {
    if (visible) await expect(link).toBeVisible();
    else await expect(link).toBeHidden();
  }
}

test.describe("with JavaScript", () => {
  test("at 320px the Menu button shows and hides the section links", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await open(page, "/", SITE);
    const button = sections(page).getByRole("button", { name: "Menu" });
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute("aria-controls", "app-sections");
    await expect(page.locator("#app-sections")).toHaveCount(1);
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expectLinks(page, false);
    await expectNoAxeViolations(page);

    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expectLinks(page, true);
    await expect(sections(page).getByRole("link", { name: "Posts", exact: true })).toHaveAttribute("aria-current", "true");
    await expectNoAxeViolations(page);

    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expectLinks(page, false);
  });

  test("at 320px the Menu button works with Enter and Space and keeps focus", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await open(page, "/", SITE);
    const button = sections(page).getByRole("button", { name: "Menu" });
    await tabTo(page, "the Menu button", () => document.activeElement?.classList.contains("govuk-service-navigation__toggle"));

    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expectLinks(page, true);
    await expect(button).toBeFocused();

    await page.keyboard.press("Space");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expectLinks(page, false);
    await expect(button).toBeFocused();

    // Open, the links come next in the tab order.
    await page.keyboard.press("Space");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(sectionLinks(page)[0]).toBeFocused();
  });

  test("at 320px following a link from the menu leaves it closed on the new page", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await open(page, "/", SITE);
    const button = sections(page).getByRole("button", { name: "Menu" });
    await button.click();
    await sections(page).getByRole("link", { name: "Themes", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our themes");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expectLinks(page, false);
  });

  test("at 1280px there is no Menu button and the links are shown", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, "/", SITE);
    await expect(menuButton(page)).toBeHidden();
    await expectLinks(page, true);
    await expectNoAxeViolations(page);
  });

  test("widening the window from 320px to 1280px shows the links of a closed menu", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await open(page, "/", SITE);
    await expectLinks(page, false);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(menuButton(page)).toBeHidden();
    await expectLinks(page, true);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [320, 1280]) {
    test(`at ${width}px the links are shown and there is no Menu button`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(SITE);
      await expect(menuButton(page)).toHaveAttribute("hidden", "");
      await expect(menuButton(page)).toBeHidden();
      await expectLinks(page, true);
    });
  }
});
