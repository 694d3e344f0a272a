import { readFileSync } from "node:fs";
import path from "node:path";

import { expectNoSeriousA11yViolations } from "./helpers/axe";
import { prepareAdminSession, seededTenant } from "./helpers/tenants";
import { expect, test } from "./fixtures";

// The customer list's table conventions in Chromium: empty, loading and error states, state in the
// URL, CSV export, alias/tag edits and the bulk diagnostics run with its progress bar.

const STATE = path.resolve("test-results/tenants-list-admin-state.json");

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  await prepareAdminSession(browser, STATE);
});

test.use({ storageState: STATE });

test.describe("customer list", () => {
  test("search with no match shows the empty state; clearing brings the rows back", async ({ page }) => {
    await page.goto("/tenants");
    const search = page.getByRole("searchbox", { name: "Search tenants" });
    await search.fill("zz-no-such-customer");
    await expect(page.getByTestId("table-empty")).toHaveText("No tenants match this view");
    await expect(page.getByTestId("table-count")).toHaveText("No tenants");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Clear search and filters" }).click();
    await expect(search).toHaveValue("");
    await expect(page.getByTestId("data-table-row").first()).toBeVisible();
  });

  test("a click anywhere on a row opens the tenant, and Back returns to the same search", async ({ page }) => {
    const tenant = await seededTenant("expired");
    await page.goto("/tenants");
    const search = page.getByRole("searchbox", { name: "Search tenants" });
    await search.pressSequentially(tenant.displayName.slice(0, 6).toLowerCase(), { delay: 20 });
    const row = page.locator(`[data-row-id="${tenant.tenantId}"]`);
    // Straight away: the URL write is deferred while typing and must be flushed by the click.
    await row.getByText("Expired").click();
    await expect(page).toHaveURL(new RegExp(`/tenants/${tenant.tenantId}$`));
    await page.goBack();
    await expect(search).toHaveValue(tenant.displayName.slice(0, 6).toLowerCase());
    await expect(row).toBeVisible();
  });

  test("a slow answer keeps the old rows with a busy table; a failed one shows the error state and retries", async ({ page }) => {
    await page.goto("/tenants");
    await expect(page.getByTestId("data-table-row").first()).toBeVisible();
    const rows = await page.getByTestId("data-table-row").count();

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/v1/tenants?*", async (route) => (await held, route.continue()));
    await page.getByRole("searchbox", { name: "Search tenants" }).fill("a");
    await expect(page.getByTestId("data-table")).toHaveAttribute("aria-busy", "true");
    await expect(page.getByTestId("data-table-row")).toHaveCount(rows); // never flashes empty
    release();
    await expect(page.getByTestId("data-table")).toHaveAttribute("aria-busy", "false");
    await page.unroute("**/api/v1/tenants?*");

    const failing = (route: import("@playwright/test").Route) =>
      route.fulfill({ status: 500, contentType: "application/json", body: JSON.stringify({ error: { code: "INTERNAL", message: "Simulated outage." } }) });
    await page.route("**/api/v1/tenants?*", failing);
    await page.getByRole("searchbox", { name: "Search tenants" }).fill("ab");
    // The rows on screen belong to other text, so the table shows the failure rather than keep them.
    await expect(page.getByTestId("table-error")).toContainText("Simulated outage.", { timeout: 10_000 });
    await page.unroute("**/api/v1/tenants?*", failing);
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByTestId("table-error")).toBeHidden();
    await expect(page.getByTestId("table-count")).toHaveText(/of \d+ tenants|No tenants/);
  });

  test("filters, sort and hidden columns live in the URL and survive a reload", async ({ page }) => {
    await page.goto("/tenants");
    await page.getByRole("button", { name: /^Filter by GDAP/ }).click();
    const option = page.getByRole("option", { name: /Expired/ });
    await expect(option).toContainText(/\d+/); // the facet count from the API
    await option.click();
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/[?&]gdap=expired/);
    await page.getByRole("button", { name: /^Last sync.*sort or hide/ }).click();
    await page.getByRole("menuitem", { name: "Descending" }).click();
    await expect(page).toHaveURL(/sort=syncedAt&dir=desc/);
    await page.getByRole("button", { name: "Columns" }).click();
    await page.getByRole("menuitemcheckbox", { name: "Licences" }).click();
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/hide=licences/);

    await page.reload();
    await expect(page.getByRole("button", { name: /^Filter by GDAP: Expired/ })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: /Last sync/ })).toHaveAttribute("aria-sort", "descending");
    await expect(page.getByRole("columnheader", { name: /Licences/ })).toHaveCount(0);
    for (const row of await page.getByTestId("data-table-row").all()) await expect(row).toContainText("Expired");
  });

  test("CSV export downloads the filtered tenants with a header row", async ({ page }) => {
    await page.goto("/tenants?consent=missing");
    await expect(page.getByTestId("data-table-row").first()).toBeVisible();
    const shown = await page.getByTestId("data-table-row").count();
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const file = await (await download).path();
    const lines = readFileSync(file, "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/[Nn]ame/);
    expect(lines[0]).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // a header, not a data row
    expect(lines.length - 1).toBe(shown);
  });

  test("an admin edits a tenant's alias and tags; the tag becomes a filter", async ({ page }) => {
    const tenant = await seededTenant("healthy");
    const tag = `E2E ${Date.now() % 100000}`;
    const alias = `${tenant.displayName.split(" ")[0]} HQ e2e`;
    await page.goto(`/tenants?q=${encodeURIComponent(tenant.displayName)}`);
    await page.getByRole("button", { name: `Actions for ${tenant.displayName}` }).click();
    await page.getByRole("menuitem", { name: /Edit alias and tags/ }).click();
    const dialog = page.getByRole("dialog", { name: "Edit alias and tags" });
    await dialog.getByLabel("Alias").fill(alias);
    await dialog.getByLabel("Tags").fill(`${tag}, Gold`);
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator(`[data-row-id="${tenant.tenantId}"]`)).toContainText(tag);

    await page.goto(`/tenants?q=${encodeURIComponent(alias.toLowerCase())}`);
    await expect(page.getByRole("link", { name: tenant.displayName, exact: true })).toBeVisible();
    await page.goto("/tenants");
    await page.getByRole("button", { name: /^Filter by Tag/ }).click();
    await page.getByRole("option", { name: new RegExp(tag) }).click();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("data-table-row")).toHaveCount(1);
  });

  test("diagnostics for all tenants show a progress bar, then the health column", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/tenants");
    await page.getByRole("button", { name: "Run diagnostics for all" }).click();
    const progress = page.getByTestId("run-progress");
    await expect(progress.getByRole("progressbar")).toBeVisible();
    await expect(progress).toContainText(/Diagnostics finished/, { timeout: 100_000 });
    await page.getByRole("button", { name: /^Filter by Access health/ }).click();
    await page.getByRole("option", { name: /Failing/ }).click();
    await page.keyboard.press("Escape");
    const blocked = await seededTenant("ca-blocked");
    await expect(page.getByRole("link", { name: blocked.displayName, exact: true })).toBeVisible();
  });
});
