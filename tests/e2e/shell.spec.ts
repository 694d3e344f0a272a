import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./helpers/axe";
import { signInAs } from "./helpers/sign-in";

test.describe("dashboard shell", () => {
  test.beforeEach(async ({ page }) => {
    // The dashboard needs a session (proxy.ts). The first-run state below is what an admin sees.
    await signInAs(page, "alex@contosomsp.com");
    await page.goto("/");
  });

  test("renders the landmarks, navigation and first-run empty state", async ({ page }) => {
    await expect(page).toHaveTitle(/Overview · Tenantry/);
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("main")).toBeVisible();

    const nav = page.getByRole("navigation", { name: "Main" });
    for (const area of ["Overview", "Tenants", "Approvals", "Audit", "Settings"]) {
      await expect(nav.getByRole("link", { name: area })).toBeVisible();
    }
    await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");

    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Connect your partner tenant" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Start setup" })).toHaveAttribute("href", "/setup");
    await expect(page.getByRole("button", { name: /Switch tenant/ })).toBeVisible();
  });

  test("skip link is the first tab stop and moves focus to main content", async ({ page }) => {
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
  });

  test("command palette opens with the keyboard, filters and navigates", async ({ page }) => {
    const palette = page.getByRole("dialog", { name: "Command palette" });
    await expect(palette).toBeHidden();

    await page.keyboard.press("ControlOrMeta+K");
    await expect(palette).toBeVisible();
    const input = palette.getByRole("combobox");
    await expect(input).toBeFocused();
    await expectNoSeriousA11yViolations(page);

    await input.fill("audit");
    await expect(palette.getByRole("option", { name: "Audit" })).toBeVisible();
    await expect(palette.getByRole("option", { name: "Tenants" })).toBeHidden();

    await page.keyboard.press("Escape");
    await expect(palette).toBeHidden();

    // The tenant switcher opens the same palette; choosing an entry navigates and closes it.
    await page.getByRole("button", { name: /Switch tenant/ }).click();
    await expect(palette).toBeVisible();
    await palette.getByRole("combobox").fill("audit");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/audit$/);
    await expect(palette).toBeHidden();
  });

  test("dark mode toggles and persists across reloads", async ({ page }) => {
    const html = page.locator("html");
    await expect(html).not.toHaveClass(/\bdark\b/);

    await page.getByRole("button", { name: "Toggle dark mode" }).click();
    await expect(html).toHaveClass(/\bdark\b/);

    await page.reload();
    await expect(html).toHaveClass(/\bdark\b/);

    await page.getByRole("button", { name: "Toggle dark mode" }).click();
    await expect(html).not.toHaveClass(/\bdark\b/);
  });

  for (const theme of ["light", "dark"] as const) {
    test(`has no serious accessibility violations in the ${theme} theme`, async ({ page }) => {
      await page.evaluate((value) => localStorage.setItem("theme", value), theme);
      await page.reload();
      await expect(page.locator("html")).toHaveClass(theme === "dark" ? /\bdark\b/ : /\blight\b/);
      await expectNoSeriousA11yViolations(page);
    });
  }

  test("unknown pages show an accessible not-found page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
