import pg from "pg";

import { expectNoSeriousA11yViolations } from "./helpers/axe";
import { signInAs } from "./helpers/sign-in";
import { ADMIN_UPN, seededTenant, type SimTenant } from "./helpers/tenants";
import { expect, test } from "./fixtures";

// Settings → Actions, People and Protected accounts in Chromium. The partner connection is made by
// setup.spec (which runs later and needs a fresh stack), so the one customer tenant these pages pick
// is written straight into the database here and removed, with everything this spec set, afterwards.

const TECH = { upn: "lee@contosomsp.com", name: "Lee Gu" };
let tenant: SimTenant;
let inserted = false;

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  tenant = await seededTenant("healthy");
  const res = await sql(`INSERT INTO "Tenant" (id, "displayName", "defaultDomain", "updatedAt") VALUES ($1, $2, $3, now()) ON CONFLICT (id) DO NOTHING`, [
    tenant.tenantId.toLowerCase(), tenant.displayName, tenant.defaultDomain,
  ]);
  inserted = res.rowCount === 1;
});

test.afterAll(async () => {
  await sql(`DELETE FROM "Setting" WHERE key = 'actions.ticket_required'`);
  await sql(`UPDATE "AppUser" SET "scopeKind" = 'all', "scopeTenantIds" = '{}' WHERE upn = $1`, [TECH.upn]);
  await sql(`DELETE FROM "ProtectedAccount" WHERE "tenantId" = $1`, [tenant.tenantId.toLowerCase()]);
  if (inserted) await sql(`DELETE FROM "Tenant" WHERE id = $1`, [tenant.tenantId.toLowerCase()]);
});

test("a technician sees a plain refusal on each admin settings page, and the APIs refuse too", async ({ page }) => {
  await signInAs(page, TECH.upn, { from: "/settings/people" });
  const pages: [string, string, string][] = [
    ["/settings/people", "People", "Only admins can manage people's tenant scopes"],
    ["/settings/actions", "Actions", "Only admins can manage action settings"],
    ["/settings/protected-accounts", "Protected accounts", "Only admins can manage protected accounts"],
  ];
  for (const [path, title, refusal] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(refusal)).toBeVisible();
    await expect(page.getByRole("button", { name: /Save|Add protected account|Edit scope/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  }
  for (const api of ["/api/v1/app-users", "/api/v1/protected-accounts", "/api/v1/settings/ticket-policy"]) expect((await page.request.get(api)).status()).toBe(403);
});

test("the admin requires a ticket from the service desk, and it stays after a reload", async ({ page }) => {
  await signInAs(page, ADMIN_UPN, { from: "/settings" });
  await page.getByRole("link", { name: /^Actions/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Actions" })).toBeVisible();
  const desk = page.getByRole("checkbox", { name: /^Service desk/ });
  await expect(desk).not.toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await desk.check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("A ticket is now required for Service desk")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /^Service desk/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^Technician/ })).not.toBeChecked();
  expect(await (await page.request.get("/api/v1/settings/ticket-policy")).json()).toEqual({ policy: { roles: ["service_desk"] } });
});

test("the admin limits a technician to one tenant, and the list says so after a reload", async ({ page }) => {
  await signInAs(page, ADMIN_UPN, { from: "/settings/people" });
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(TECH.name) });
  await expect(row).toContainText("All tenants");
  await expect(row).toContainText("Technician");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("searchbox", { name: "Search by name or UPN" }).fill("lee@");
  await expect(page.getByTestId("data-table-row")).toHaveCount(1);
  await row.getByRole("button", { name: `Edit tenant scope of ${TECH.name}` }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Scope", { exact: true }).selectOption("list");
  await dialog.getByRole("button", { name: "Save scope" }).click();
  await expect(dialog.getByText("Choose at least one tenant.")).toBeVisible();
  await dialog.getByLabel("Tenants in scope").fill(tenant.displayName.slice(0, 6));
  await dialog.getByRole("button", { name: `Choose ${tenant.displayName}` }).click();
  await expect(dialog.getByRole("list", { name: "Chosen tenants" })).toContainText(tenant.displayName);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Save scope" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText(`Only ${tenant.displayName}`);

  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(TECH.name) })).toContainText(`Only ${tenant.displayName}`);
});

test("the admin protects an account in a tenant, sees it after a reload, and removes it", async ({ page }) => {
  const account = `vip.exec@${tenant.defaultDomain}`;
  await signInAs(page, ADMIN_UPN, { from: "/settings/protected-accounts" });
  await expect(page.getByRole("heading", { level: 1, name: "Protected accounts" })).toBeVisible();
  await expect(page.getByText(/refused and audited before anything changes/)).toBeVisible();
  await expect(page.getByTestId("table-empty")).toHaveText("No protected accounts yet");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Account", { exact: true }).fill("not an account");
  await page.getByRole("button", { name: "Add protected account" }).click();
  await expect(page.getByText("Choose the tenant the account is in.")).toBeVisible();
  await expect(page.getByText(/must be the user's object id \(GUID\) or sign-in name \(UPN\)/)).toBeVisible();

  await page.getByLabel("Tenant", { exact: true }).fill(tenant.displayName.slice(0, 6));
  await page.getByRole("button", { name: `Choose ${tenant.displayName}` }).click();
  await page.getByLabel("Account", { exact: true }).fill(account);
  await page.getByLabel("Reason (optional)").fill("Board member");
  await page.getByRole("button", { name: "Add protected account" }).click();
  const row = page.getByRole("row", { name: new RegExp(account.replace(/\./g, "\\.")) });
  await expect(row).toContainText(tenant.displayName);
  await expect(row).toContainText("Board member");

  await page.reload();
  await expect(row).toContainText("Alex Wilber");
  await row.getByRole("button", { name: `Remove ${account} in ${tenant.displayName}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove protection" }).click();
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId("table-empty")).toBeVisible();
});
