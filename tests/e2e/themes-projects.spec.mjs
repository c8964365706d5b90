// The strategy's structure: themes linking posts and projects, and the project register.
import { test, expect, at, expectNoAxeViolations, open } from "./fixtures.mjs";

test("the themes page gives each theme with its meaning and counts", async ({ page }) => {
  await open(page, "/themes/", "Our themes");
  const themes = page.locator(".app-theme-card");
  await expect(themes).toHaveCount(5);
  await expect(themes.first().getByRole("heading")).toHaveText("Openness");
  await expect(themes.first().locator(".app-theme-card__meaning")).not.toBeEmpty();
  await expect(themes.first().locator(".app-theme-card__counts")).toHaveText(/^\d+ posts? and 5 projects$/);
  await expectNoAxeViolations(page);
});

test("a theme page has its meaning, its projects and its posts", async ({ page }) => {
  await open(page, "/themes/openness/", "Openness");
  await expect(page.locator(".app-theme__meaning")).not.toBeEmpty();
  await expect(page.getByRole("heading", { name: "Projects (5)" })).toBeVisible();
  await expect(page.locator(".app-project-card")).toHaveCount(5);
  await expect(page.getByRole("link", { name: "See these 5 projects in the project register" })).toHaveAttribute("href", at("/projects/?theme=openness"));
  await expect(page.locator(".app-post-card").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the project register lists all 25 projects, each linked to its page and its site", async ({ page }) => {
  await open(page, "/projects/", "Project register");
  await expect(page.locator(".app-project-register__count")).toHaveText("Showing 25 projects");
  const cards = page.locator(".app-project-card");
  await expect(cards).toHaveCount(25);
  for (const card of await cards.all()) {
    await expect(card.getByRole("heading").getByRole("link")).toHaveAttribute("href", new RegExp(`^${at("/projects/")}[a-z0-9-]+/$`));
    await expect(card.getByRole("link", { name: /^Visit the .* site$/ })).toHaveAttribute("href", /^https:\/\/[a-z0-9-]+\.example\.org\/$/);
    await expect(card.locator(".govuk-tag")).toHaveText(/^(Discovery|Alpha|Beta|Live)$/);
  }
  await expectNoAxeViolations(page);
});

test("filters narrow the register, live in the address and survive a reload", async ({ page }) => {
  await open(page, "/projects/", "Project register");
  await page.getByLabel("Theme", { exact: true }).selectOption("openness");
  await page.getByLabel("Phase", { exact: true }).selectOption("live");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(at("/projects/?theme=openness&phase=live"));
  const count = page.locator(".app-project-register__count");
  await expect(count).toHaveText(/^Showing \d+ of 25 projects, theme Openness, phase Live$/);
  const shown = await page.locator(".app-project-card").count();
  expect(shown).toBeGreaterThan(0);
  for (const card of await page.locator(".app-project-card").all()) {
    await expect(card).toContainText("Openness");
    await expect(card.locator(".govuk-tag")).toHaveText("Live");
  }
  await page.reload();
  await expect(page.getByLabel("Theme", { exact: true })).toHaveValue("openness");
  await expect(page.getByLabel("Phase", { exact: true })).toHaveValue("live");
  await expect(page.locator(".app-project-card")).toHaveCount(shown);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(at("/projects/"));
  await expect(page.locator(".app-project-card")).toHaveCount(25);

  await page.goto("/projects/?phase=discovery");
  await expect(count).toHaveText(/^Showing 5 of 25 projects, phase Discovery$/);
});

test("a project page gives its phase, theme, team, site and posts", async ({ page }) => {
  await open(page, "/projects/", "Project register");
  const first = page.locator(".app-project-card").first();
  const name = await first.getByRole("heading").textContent();
  await first.getByRole("heading").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name.trim());
  const facts = page.locator(".govuk-summary-list");
  for (const key of ["Phase", "Theme", "Team", "Site"]) {
    await expect(facts.getByText(key, { exact: true })).toBeVisible();
  }
  await expect(facts.getByRole("link", { name: /^Visit the/ })).toHaveAttribute("href", /example\.org/);
  await expect(page.locator(".app-post-links", { hasText: "Posts about this project" }).getByRole("link").first()).toBeVisible();
  await expectNoAxeViolations(page);
});
