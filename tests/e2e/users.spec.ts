import path from "node:path";

import { expectNoSeriousA11yViolations } from "./helpers/axe";
import { signInAs } from "./helpers/sign-in";
import { prepareAdminSession, seededTenant, type SimTenant } from "./helpers/tenants";
import { globalAdmin, ordinaryUser, readUser } from "./helpers/users";
import { expect, test } from "./fixtures";

// A tenant's users in Chromium against the simulator: the list (search, filters, states), one
// user's page, and the guarded actions run from it by each persona, read back through the API.

const STATE = path.resolve("test-results/users-admin-state.json");
const TECH = "megan@contosomsp.com";
const DESK = "pradeep@contosomsp.com";
const READER = "isaiah@contosomsp.com";

let tenant: SimTenant;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  await prepareAdminSession(browser, STATE);
  tenant = await seededTenant("healthy");
});

// Every test signs in as its own persona.
test.use({ storageState: { cookies: [], origins: [] } });

const usersUrl = () => `/tenants/${tenant.tenantId}/users`;

test("users list: tabs, search as you type, no match, a filter in the URL, open a user", async ({ page }) => {
  await signInAs(page, TECH, { from: usersUrl() });
  const target = await ordinaryUser(page, tenant.tenantId, 0);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "Tenant sections" });
  await expect(tabs.getByRole("link", { name: "Users" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "Overview" })).not.toHaveAttribute("aria-current", /.+/);
  const rows = page.getByTestId("data-table-row");
  await expect(rows.first()).toBeVisible({ timeout: 15_000 });
  await expectNoSeriousA11yViolations(page);

  const search = page.getByRole("searchbox", { name: "Search users" });
  await search.pressSequentially("zzqx nobody", { delay: 20 });
  await expect(page.getByTestId("table-empty")).toHaveText("No users match");
  await search.fill("");
  await expect(rows.first()).toBeVisible();

  // Blocked accounts only: the URL holds the filter and every row shows it.
  await page.getByRole("button", { name: /^Filter by Sign-in/ }).click();
  await page.getByRole("option", { name: "Sign-in blocked" }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/[?&]account=blocked(&|$)/);
  await expect(rows.filter({ hasNotText: "Sign-in blocked" })).toHaveCount(0);
  await expect(rows.first()).toContainText("Sign-in blocked");
  await page.getByRole("button", { name: "Reset" }).click();

  const term = target.userPrincipalName.split("@")[0]!;
  await search.pressSequentially(term, { delay: 30 });
  await expect(page).toHaveURL(new RegExp(`[?&]q=${term.replace(/\./g, "\\.")}`));
  const link = page.getByRole("link", { name: target.displayName, exact: true });
  await expect(link).toBeVisible();
  await page.reload();
  await expect(search).toHaveValue(term);
  await link.click();

  await expect(page).toHaveURL(new RegExp(`/users/${target.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: target.displayName })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId("user-identity")).toContainText(target.userPrincipalName);
  await expect(tabs.getByRole("link", { name: "Users" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByTestId("user-sign-in-state")).toContainText("Sign-in allowed");
  await expectNoSeriousA11yViolations(page);
});

test("a technician resets a user's password with typed confirmation and sees it in the audit log", async ({ page }) => {
  await signInAs(page, TECH, { from: usersUrl() });
  const target = await ordinaryUser(page, tenant.tenantId, 1);
  const before = (await readUser(page, tenant.tenantId, target.id)).signIn.lastPasswordChange;
  await page.goto(`${usersUrl()}/${target.id}`);
  await page.getByRole("button", { name: "Reset password" }).click();

  const dialog = page.getByRole("dialog", { name: "Reset password" });
  await expect(dialog).toContainText("a new generated password, shown once");
  const run = dialog.getByRole("button", { name: "Reset password" });
  await expect(run).toBeDisabled();
  await dialog.getByLabel(/^Ticket/).fill("E2E-4711");
  await expectNoSeriousA11yViolations(page);
  const confirm = dialog.getByLabel(`Type ${target.userPrincipalName} to confirm`);
  await confirm.fill(target.userPrincipalName.slice(0, -1));
  await expect(run).toBeDisabled();
  await confirm.fill(target.userPrincipalName);
  await run.click();

  const secret = dialog.getByLabel("password");
  await expect(secret).toHaveText(/^\S{16}$/);
  await expect(dialog).toContainText("It is not stored and cannot be shown again.");
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  const after = await readUser(page, tenant.tenantId, target.id);
  expect(after.signIn.lastPasswordChange).not.toBe(before);

  await page.goto("/audit?ticket=E2E-4711&outcome=succeeded");
  const row = page.getByTestId("data-table-row").first();
  await expect(row).toContainText("Password reset");
  await expect(row).toContainText("Megan Bowen");
  await expect(row).toContainText(target.id);
  await expect(row).toContainText("E2E-4711");
  await expect(page.getByTestId("data-table-row")).toHaveCount(1);
});

test("a service-desk user is refused on a Global Administrator with the guard's explanation", async ({ page }) => {
  await signInAs(page, DESK, { from: usersUrl() });
  const admin = await globalAdmin(page, tenant.tenantId);
  const before = await readUser(page, tenant.tenantId, admin.id);
  await page.goto(`${usersUrl()}/${admin.id}`);
  await expect(page.getByTestId("user-roles")).toContainText("Global Administrator");
  await expect(page.getByTestId("user-roles")).toContainText("Privileged: admins only");
  await page.getByRole("button", { name: "Reset password" }).click();

  const dialog = page.getByRole("dialog", { name: "Reset password" });
  const refusal = dialog.getByTestId("action-refusal");
  await expect(refusal).toContainText("You cannot do this to this account");
  await expect(refusal).toContainText(`holds Global Administrator in this tenant. Service desk cannot act on admin accounts`);
  // Refused before anything is typed: no ticket, no confirmation, no run button.
  await expect(dialog.getByRole("textbox")).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Reset password" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Close" }).click();
  expect((await readUser(page, tenant.tenantId, admin.id)).signIn).toEqual(before.signIn);
  // Block sign-in is not a service-desk permission at all: disabled, with the reason.
  await expect(page.getByRole("button", { name: "Block sign-in" })).toBeDisabled();
});

test("a technician blocks then unblocks sign-in and the page follows each time", async ({ page }) => {
  await signInAs(page, TECH, { from: usersUrl() });
  const target = await ordinaryUser(page, tenant.tenantId, 2);
  await page.goto(`${usersUrl()}/${target.id}`);
  const state = page.getByTestId("user-sign-in-state");
  await expect(state).toContainText("Sign-in allowed");

  await page.getByRole("button", { name: "Block sign-in" }).click();
  const block = page.getByRole("dialog", { name: "Block sign-in" });
  await expect(block).toContainText("Sign-in allowed: Yes → No");
  await block.getByLabel(`Type ${target.userPrincipalName} to confirm`).fill(target.userPrincipalName);
  await block.getByRole("button", { name: "Block sign-in" }).click();
  await expect(block).toBeHidden();
  await expect(state).toContainText("Sign-in blocked");
  expect((await readUser(page, tenant.tenantId, target.id)).accountEnabled).toBe(false);

  await page.getByRole("button", { name: "Unblock sign-in" }).click();
  const unblock = page.getByRole("dialog", { name: "Unblock sign-in" });
  await expect(unblock).toContainText("Sign-in allowed: No → Yes");
  await unblock.getByRole("button", { name: "Unblock sign-in" }).click();
  await expect(unblock).toBeHidden();
  await expect(state).toContainText("Sign-in allowed");
  await expect(page.getByRole("button", { name: "Block sign-in" })).toBeVisible();
  expect((await readUser(page, tenant.tenantId, target.id)).accountEnabled).toBe(true);
});

test("read-only sees the actions disabled, each with the reason", async ({ page }) => {
  await signInAs(page, READER, { from: usersUrl() });
  const target = await ordinaryUser(page, tenant.tenantId, 0);
  await page.goto(`${usersUrl()}/${target.id}`);
  const reset = page.getByRole("button", { name: "Reset password" });
  await expect(reset).toBeDisabled();
  await expect(reset).toHaveAccessibleDescription("Read only cannot reset passwords. Ask someone with the technician or service desk role or an admin.");
  await page.getByTestId("action-user.reset_password-disabled").hover();
  await expect(page.getByRole("tooltip")).toContainText("Read only cannot reset passwords");
  await expect(page.getByRole("button", { name: "Revoke sessions" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Reset MFA" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Block sign-in" })).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
});

test("error states: a tenant without consent, and a user that does not exist", async ({ page }) => {
  const noConsent = await seededTenant("no-consent");
  await signInAs(page, TECH, { from: `/tenants/${noConsent.tenantId}/users` });
  const error = page.getByTestId("table-error");
  await expect(error).toBeVisible({ timeout: 20_000 });
  const apiMessage = (await (await page.request.get(`/api/v1/tenants/${noConsent.tenantId}/users?top=1`)).json()).error.message as string;
  await expect(error).toContainText(apiMessage);
  await expectNoSeriousA11yViolations(page);

  await page.goto(`${usersUrl()}/00000000-0000-4000-8000-000000000000`);
  await expect(page.getByRole("heading", { level: 1, name: "User not found" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId("user-error")).toBeVisible();
});
