import { readFileSync } from "node:fs";

import { expectNoSeriousA11yViolations } from "./helpers/axe";
import { signInAs } from "./helpers/sign-in";
import { seededTenant } from "./helpers/tenants";
import { ordinaryUser, READER, TECH, usersSpec } from "./helpers/users";
import { expect, test } from "./fixtures";

// A tenant's users list and one user's page in Chromium against the simulator: search, filters,
// paging, CSV, the tabs, disabled actions and the error states. The actions themselves run in
// user-actions.spec.ts.

const { tenant, usersUrl } = usersSpec("users-list");

test("users list: tabs, search as you type, no match, a filter in the URL, open a user", async ({ page }) => {
  await signInAs(page, TECH, { from: usersUrl() });
  const target = await ordinaryUser(page, tenant().tenantId, 0);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "Tenant sections" });
  await expect(tabs.getByRole("link", { name: "Users" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "Overview" })).not.toHaveAttribute("aria-current", /.+/);
  const rows = page.getByTestId("data-table-row");
  await expect(rows.first()).toBeVisible({ timeout: 15_000 });
  await expectNoSeriousA11yViolations(page);

  // Cursor paging: 50 rows a page, the next one a click away; the CSV holds exactly the loaded rows.
  const firstHundred = (await (await page.request.get(`/api/v1/tenants/${tenant().tenantId}/users?top=100`)).json()).users.length as number;
  const count = page.getByTestId("table-count");
  if (firstHundred > 50) {
    await expect(count).toHaveText("Showing 50 users");
    await page.getByRole("button", { name: "Load more" }).click();
    await expect(rows).toHaveCount(Math.min(firstHundred, 100));
  } else {
    await expect(count).toHaveText(`Showing ${firstHundred} users — that is all`);
  }
  const shown = await rows.count();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tenantry-users-.*\.csv$/);
  const lines = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  expect(lines[0]).toBe("id,displayName,userPrincipalName,mail,accountEnabled,licenceCount,userType,jobTitle,department");
  expect(lines.length - 1).toBe(shown);

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

test("read-only sees the actions disabled, each with the reason", async ({ page }) => {
  await signInAs(page, READER, { from: usersUrl() });
  const target = await ordinaryUser(page, tenant().tenantId, 0);
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
  await expect(page.getByTestId("user-error")).toContainText("does not exist");
  await expect(page.getByTestId("user-error").getByRole("button", { name: "Try again" })).toHaveCount(0);
});
