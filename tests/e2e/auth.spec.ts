import { expectNoSeriousA11yViolations } from "./helpers/axe";
import { signInAs, signOut } from "./helpers/sign-in";
import { expect, test } from "./fixtures";

// Needs only BASE_URL (playwright.config) and SIMULATOR_URL: the stack is started by the global
// setup, or already running when BASE_URL is given. The personas are the simulator's (README).

test.describe("technician sign-in", () => {
  test("the dashboard sends a visitor without a session to an accessible sign-in page", async ({ page }) => {
    await page.goto("/settings/access");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings%2Faccess/);
    await expect(page).toHaveTitle(/Sign in · Tenantry/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to Tenantry" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in with Microsoft" })).toBeEnabled();
    await expectNoSeriousA11yViolations(page);
  });

  test("the partner admin signs in through Microsoft, sees name and role, and signs out", async ({ page }) => {
    await signInAs(page, "alex@contosomsp.com");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();

    await page.getByRole("button", { name: "Account menu for Alex Wilber" }).click();
    const identity = page.getByTestId("user-menu-identity");
    await expect(identity).toContainText("Alex Wilber");
    await expect(identity).toContainText("alex@contosomsp.com");
    await expect(identity).toContainText("Admin");
    await page.keyboard.press("Escape");

    const me = await (await page.request.get("/api/v1/me")).json();
    expect(me.actor).toMatchObject({ type: "user", name: "Alex Wilber", upn: "alex@contosomsp.com", role: "admin" });

    await signOut(page);
    await expect(page.getByText("You are signed out")).toBeVisible();
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);
    await page.goto("/");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("returns to the page that asked for sign-in", async ({ page }) => {
    await signInAs(page, "patti@contosomsp.com", { from: "/settings/access" });
    await expect(page).toHaveURL(/\/settings\/access$/);
    await expect(page.getByRole("heading", { level: 1, name: "Access" })).toBeVisible();
    await expect(page.getByRole("row", { name: /Tenantry Admins/ })).toContainText("Admin");
    await expectNoSeriousA11yViolations(page);

    // Add an app-role mapping through the form, then remove it.
    const value = `Tenantry.E2E${Date.now()}`;
    await page.getByLabel("Claim").selectOption("app_role");
    await page.getByLabel("App role value").fill(value);
    await page.getByLabel("Tenantry role").selectOption("read_only");
    await page.getByRole("button", { name: "Add mapping" }).click();
    const row = page.getByRole("row", { name: new RegExp(value) });
    await expect(row).toContainText("Read only");
    await row.getByRole("button", { name: `Remove mapping for ${value}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove mapping" }).click();
    await expect(row).toHaveCount(0);
  });

  test("a technician signs in with the technician role and cannot manage access", async ({ page }) => {
    await signInAs(page, "megan@contosomsp.com");
    await page.getByRole("button", { name: "Account menu for Megan Bowen" }).click();
    await expect(page.getByTestId("user-menu-identity")).toContainText("Technician");
    await page.keyboard.press("Escape");
    await page.goto("/settings/access");
    await expect(page.getByText("Only admins can manage access")).toBeVisible();
    expect((await page.request.get("/api/v1/role-mappings")).status()).toBe(403);
  });

  test("a user with no mapped group is refused with a clear, accessible explanation", async ({ page }) => {
    await signInAs(page, "diego@contosomsp.com");
    await expect(page).toHaveURL(/\/signin\/refused\?reason=no_role/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Your account has no Tenantry role — ask an admin to map one of your groups" }),
    ).toBeVisible();
    await expect(page.getByText(/Settings → Access/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // Refused means no session at all.
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);
    await page.goto("/");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("a session cookie that no longer decodes counts as expired", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "next-auth.session-token", value: "expired-or-forged", url: baseURL! }]);
    await page.goto("/");
    await expect(page).toHaveURL(/\/signin\?reason=expired/);
    await expect(page.getByText("Your session has ended")).toBeVisible();
  });
});
