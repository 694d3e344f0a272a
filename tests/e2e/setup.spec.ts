import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers/axe";
import { SIMULATOR_URL, signInAs } from "./helpers/sign-in";
import { expect, test } from "./fixtures";

// The SAM setup wizard end to end, in the browser, against the simulator. Needs BASE_URL (or the
// global setup's stack) and SIMULATOR_URL; the stack pre-stores the simulator's SAM app (prefill).

const sim = (path: string, body: unknown = {}) =>
  fetch(`${SIMULATOR_URL}/_sim${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/** The partner admin's consent at the simulator: account picker (prompt=login), then Accept if asked. */
async function consentAs(page: Page, upn: string) {
  await expect(page.getByRole("heading", { name: "Pick an account" })).toBeVisible();
  await page.getByRole("button", { name: new RegExp(upn.replace(/[.@]/g, "\\$&")) }).click();
  const accept = page.getByRole("button", { name: "Accept" });
  await Promise.race([accept.waitFor({ state: "visible" }).then(() => accept.click()), page.waitForURL((u) => !u.href.startsWith(SIMULATOR_URL))]);
  await page.waitForURL((u) => !u.href.startsWith(SIMULATOR_URL));
}

test.describe.configure({ mode: "serial" });

test.describe("SAM setup wizard", () => {
  test("a technician is refused the wizard", async ({ page }) => {
    await signInAs(page, "megan@contosomsp.com");
    await page.goto("/setup");
    await expect(page.getByText("Only admins can manage the partner connection")).toBeVisible();
    await expect(page.getByRole("button", { name: "Check and save" })).toHaveCount(0);
    expect((await page.request.post("/api/sam/verify")).status()).toBe(403);
    const connect = await page.request.get("/api/sam/connect", { maxRedirects: 0 });
    expect(connect.headers().location).toMatch(/\/setup$/);
  });

  test("the partner admin registers the app, connects, and sees the verification", async ({ page }) => {
    test.slow(); // the wizard, then the first customer sync it queues
    const world = await (await fetch(`${SIMULATOR_URL}/_sim/world`)).json();
    await signInAs(page, "alex@contosomsp.com");
    await page.getByRole("link", { name: "Start setup" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Connect your partner tenant" })).toBeVisible();
    await page.getByRole("navigation", { name: "Setup steps" }).getByRole("button", { name: /App registration/ }).click();

    // Step 1, pre-filled by the launcher: the secret itself never comes back to the browser.
    await expect(page.getByLabel("Partner tenant")).toHaveValue(world.partnerTenantId);
    await expect(page.getByLabel("Application (client) ID")).toHaveValue(world.samApp.clientId);
    await expect(page.getByLabel("Client secret")).toHaveValue("");
    await expect(page.getByText(/A client secret is stored, ending in …/)).toBeVisible();
    await expect(page.locator("body")).not.toContainText(world.samApp.clientSecret);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Check and save" }).click();

    // Step 2: the browser goes to Microsoft's (the simulator's) sign-in and comes back.
    await expect(page.getByRole("heading", { name: "Step 2: Connect as partner admin" })).toBeVisible();
    await page.getByRole("link", { name: "Connect as partner admin" }).click();
    await consentAs(page, "alex@contosomsp.com");

    // Step 3 runs on arrival.
    await expect(page).toHaveURL(/\/setup\?step=verify$/);
    await expect(page.getByTestId("check-partner_token")).toContainText("Minted a Microsoft Graph token for the partner tenant");
    await expect(page.getByTestId("check-gdap_customers")).toContainText(/Found \d+ GDAP customers/);
    await expect(page.getByTestId("check-customer_token")).toContainText(/Minted a Graph token for .+\./);
    await expect(page.getByText("Everything works: Tenantry can reach your customers.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto("/settings/partner-connection");
    await expect(page.getByTestId("sam-status-badge")).toHaveText("Connected");
    await expect(page.getByText("alex@contosomsp.com")).toBeVisible();
    const status = await (await page.request.get("/api/v1/sam/status")).json();
    expect(status).toMatchObject({ status: "connected", connectedByUpn: "alex@contosomsp.com", lastError: null });
    expect(status.secretExpiresAt).toMatch(/^\d{4}-/);

    // Connecting queued the first customer sync: the list fills without anyone pressing Sync now.
    await page.goto("/tenants");
    const firstRow = page.getByTestId("data-table-row").first();
    await expect(firstRow.or(page.getByTestId("table-empty").filter({ hasText: "First sync running" }))).toBeVisible();
    await expect(firstRow).toBeVisible({ timeout: 60_000 });
    await expectNoSeriousA11yViolations(page);
  });

  test("an expired refresh token shows the re-consent banner, and one reconnect fixes it", async ({ page }) => {
    await signInAs(page, "alex@contosomsp.com");
    expect((await sim("/clock/advance", { days: 91 })).ok).toBe(true);
    try {
      await page.goto("/settings/partner-connection");
      await page.getByRole("button", { name: "Check now" }).click();
      const banner = page.getByTestId("sam-reconsent-banner");
      await expect(banner).toContainText("The partner connection needs a new consent");
      await expect(banner).toContainText("90 days");
      await expect(page.getByTestId("warning-reconsent_required")).toContainText(/Reconnect/);
      await page.goto("/");
      await expect(banner).toBeVisible();
    } finally {
      // Back to the real time (same seed, same world) so later sign-ins are not from the future.
      await sim("/reset");
    }
    await page.getByTestId("sam-reconsent-banner").getByRole("link", { name: "Reconnect" }).click();
    await consentAs(page, "alex@contosomsp.com");
    await expect(page.getByTestId("check-customer_token")).toContainText("Minted a Graph token for");
    await expect(page.getByTestId("sam-reconsent-banner")).toHaveCount(0);
  });

  test("disconnect deletes the refresh token and returns the dashboard to its first-run state", async ({ page }) => {
    await signInAs(page, "alex@contosomsp.com");
    await page.goto("/settings/partner-connection");
    await page.getByRole("button", { name: "Disconnect" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Disconnect" }).click();
    await expect(page.getByTestId("sam-status-badge")).toHaveText("Disconnected");
    expect((await (await page.request.get("/api/v1/sam/status")).json()).status).toBe("disconnected");
    // Later specs (shell) expect the first-run home; the app registration is kept for reconnecting.
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Start setup" })).toBeVisible();
  });
});
