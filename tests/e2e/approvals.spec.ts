import path from "node:path";
import type { Browser, Page } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./helpers/axe";
import { SIMULATOR_URL, signInAs } from "./helpers/sign-in";
import { prepareAdminSession, seededTenant, type SimTenant } from "./helpers/tenants";
import { expect, test } from "./fixtures";

// Four-eyes in Chromium: the partner admin adds an approval rule for technicians blocking sign-in in
// one tenant; Megan (technician) asks through the API and gets 202; Lee (another technician) approves
// it on the Approvals page, the user is really blocked, and the audit log names both. Then a rejection.

const STATE = path.resolve("test-results/approvals-admin-state.json");
const MEGAN = "megan@contosomsp.com";
const LEE = "lee@contosomsp.com";

test.describe.configure({ mode: "serial" });
test.use({ storageState: STATE });

let tenant: SimTenant;
let megan: Page;
let lee: Page;
/** this spec made the partner connection; it disconnects again so later specs (setup, shell) find the first-run state */
let connectedHere = false;

async function personaPage(browser: Browser, upn: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signInAs(page, upn);
  return page;
}

/** Enabled ordinary members (no directory role, not break-glass), from the end of the list that other specs use less. */
async function ordinaryUsers(page: Page): Promise<{ id: string; userPrincipalName: string }[]> {
  const detail = (await (await fetch(`${SIMULATOR_URL}/_sim/world/tenants/${tenant.tenantId}`)).json()) as { admins: { upn: string }[]; breakGlass: string[] };
  const special = new Set([...detail.admins.map((a) => a.upn), ...detail.breakGlass].map((u) => u.toLowerCase()));
  const res = await page.request.get(`/api/v1/tenants/${tenant.tenantId}/users?top=100`);
  expect(res.ok(), await res.text()).toBe(true);
  const { users } = (await res.json()) as { users: { id: string; userPrincipalName: string; userType: string; accountEnabled: boolean }[] };
  return users.filter((u) => u.userType === "Member" && u.accountEnabled && !special.has(u.userPrincipalName.toLowerCase())).reverse();
}

const block = (page: Page, user: string, ticket: string) =>
  page.request.post(`/api/v1/tenants/${tenant.tenantId}/actions/user.block_sign_in`, { data: { user, ticket } });

const enabled = async (page: Page, userId: string) =>
  ((await (await page.request.get(`/api/v1/tenants/${tenant.tenantId}/users/${userId}`)).json()) as { accountEnabled: boolean }).accountEnabled;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  connectedHere = (await prepareAdminSession(browser, STATE)).connected;
  tenant = await seededTenant("healthy");
  megan = await personaPage(browser, MEGAN);
  lee = await personaPage(browser, LEE);
});

test.afterAll(async ({ browser }) => {
  await megan?.context().close();
  await lee?.context().close();
  if (!connectedHere) return;
  const admin = await browser.newContext({ storageState: STATE });
  expect((await admin.request.post("/api/sam/disconnect", { data: {} })).ok()).toBe(true);
  await admin.close();
});

test("an admin adds a rule; a technician's request waits; another approves it; it runs as the requester", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/settings");
  await page.getByRole("link", { name: /Approvals policy/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Approvals policy" })).toBeVisible();
  await expect(page.getByText(/No rules:/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The form refuses an empty choice before anything is sent.
  await page.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByText("Choose at least one action, or every action.")).toBeVisible();
  const form = page.getByRole("form", { name: "Add an approval rule" });
  await form.getByRole("checkbox", { name: "Block sign-in", exact: true }).check();
  await form.getByRole("checkbox", { name: "Technician", exact: true }).check();
  await form.getByRole("radio", { name: "These tenants:" }).check();
  await form.getByRole("listbox", { name: "Tenants" }).selectOption(tenant.tenantId.toLowerCase());
  await form.getByRole("button", { name: "Add rule" }).click();
  const rule = page.getByTestId("approval-rule");
  await expect(rule).toHaveCount(1);
  await expect(rule).toContainText("Block sign-in");
  await expect(rule).toContainText("Technician");
  await expect(rule).toContainText(tenant.displayName);

  const [user] = await ordinaryUsers(megan);
  const asked = await block(megan, user!.userPrincipalName, "INC-4711");
  expect(asked.status(), await asked.text()).toBe(202);
  expect(await asked.json()).toMatchObject({ status: "pending_approval", approval: { reason: expect.stringMatching(/approval policy/) } });
  expect(await enabled(megan, user!.id)).toBe(true);

  // Megan sees her own request but cannot approve it, and is told why.
  await megan.goto("/approvals");
  const own = megan.getByTestId("data-table-row").filter({ hasText: user!.userPrincipalName });
  await own.getByRole("button", { name: /^Review/ }).click();
  await expect(megan.getByRole("dialog").getByRole("button", { name: "Approve and run" })).toBeDisabled();
  await expect(megan.getByRole("dialog")).toContainText("You cannot approve your own request");

  await lee.goto("/");
  const nav = lee.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Approvals/ });
  await expect(nav.getByTestId("pending-approvals")).toHaveText("1 waiting for you");
  await nav.click();
  await expect(lee.getByRole("heading", { level: 1, name: "Approvals" })).toBeVisible();
  const row = lee.getByTestId("data-table-row").filter({ hasText: user!.userPrincipalName });
  await expect(row).toContainText("Block sign-in");
  await expect(row).toContainText(tenant.displayName);
  await expect(row).toContainText("Megan Bowen");
  await expect(row).toContainText(/in \d+ h/);
  await expectNoSeriousA11yViolations(lee);
  await row.getByRole("button", { name: /^Review/ }).click();
  const sheet = lee.getByRole("dialog");
  await expect(sheet.getByRole("heading", { name: "Block sign-in" })).toBeVisible();
  await expect(sheet.getByLabel("Request input as JSON")).toContainText(user!.userPrincipalName);
  await expect(sheet).toContainText("INC-4711");
  await expect(sheet.getByTestId("approval-preview")).toContainText("Sign-in allowed: Yes → No");
  await expectNoSeriousA11yViolations(lee);
  await sheet.getByLabel("Comment").fill("Confirmed with the customer's HR by phone");
  await sheet.getByRole("button", { name: "Approve and run" }).click();
  await expect(lee.getByText(/Approved and run/)).toBeVisible({ timeout: 15_000 });
  await expect(row).toHaveCount(0);
  await expect(nav.getByTestId("pending-approvals")).toHaveCount(0);
  expect(await enabled(lee, user!.id)).toBe(false);

  await lee.getByRole("combobox", { name: "Status" }).selectOption("approved");
  await expect(lee).toHaveURL(/[?&]status=approved/);
  await expect(row).toContainText("Approved");

  // The audit log: the run is Megan's, with Lee named as the approver.
  await page.goto(`/audit?action=user.block_sign_in&outcome=succeeded&q=${encodeURIComponent(user!.userPrincipalName)}`);
  const ran = page.getByTestId("data-table-row").first();
  await expect(ran).toContainText("Megan Bowen");
  await ran.getByRole("button", { name: /^Details/ }).click();
  await expect(page.getByRole("dialog").getByLabel("Event detail as JSON")).toContainText("Lee Gu");
  await page.goto(`/audit?action=approval.approved&q=${encodeURIComponent(user!.userPrincipalName)}`);
  await expect(page.getByTestId("data-table-row").filter({ hasText: "Lee Gu" }).filter({ hasText: "Succeeded" })).toHaveCount(1);
});

test("a rejection needs a reason and runs nothing; the admin then removes the rule", async ({ page }) => {
  test.setTimeout(60_000);
  const [, user] = await ordinaryUsers(megan);
  expect((await block(megan, user!.userPrincipalName, "INC-4712")).status()).toBe(202);

  await lee.goto("/approvals");
  const row = lee.getByTestId("data-table-row").filter({ hasText: user!.userPrincipalName });
  await row.getByRole("button", { name: /^Review/ }).click();
  const sheet = lee.getByRole("dialog");
  await sheet.getByRole("button", { name: "Reject" }).click();
  await expect(sheet.getByText("Comment is required: tell the requester why")).toBeVisible();
  await expect(sheet.getByLabel("Comment")).toHaveAttribute("aria-invalid", "true");
  await sheet.getByLabel("Comment").fill("Wrong person: the leaver is someone else");
  await sheet.getByRole("button", { name: "Reject" }).click();
  await expect(lee.getByText("Request rejected; nothing ran")).toBeVisible();
  await expect(row).toHaveCount(0);
  expect(await enabled(lee, user!.id)).toBe(true);

  await lee.getByRole("combobox", { name: "Status" }).selectOption("rejected");
  await expect(row).toContainText("Rejected");
  await row.getByRole("button", { name: /^Review/ }).click();
  await expect(sheet).toContainText("Wrong person: the leaver is someone else");
  await expect(sheet.getByRole("button", { name: "Reject" })).toHaveCount(0);

  await page.goto("/settings/approvals");
  await page.getByRole("button", { name: /^Remove rule 1/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove rule" }).click();
  await expect(page.getByText(/No rules:/)).toBeVisible();
  const after = await block(megan, user!.userPrincipalName, "INC-4713");
  expect(after.status(), await after.text()).toBe(200);
  // Leave the user as the seed had them for later specs.
  expect((await megan.request.post(`/api/v1/tenants/${tenant.tenantId}/actions/user.unblock_sign_in`, { data: { user: user!.id } })).status()).toBe(200);
});

test("people who are not admins see the policy page refused, and an empty Approvals page says so", async () => {
  await megan.goto("/settings/approvals");
  await expect(megan.getByText("Only admins can manage the approvals policy")).toBeVisible();
  await expectNoSeriousA11yViolations(megan);
  const api = await megan.request.put("/api/v1/settings/approval-policy", { data: { rules: [] } });
  expect(api.status()).toBe(403);

  await megan.goto("/approvals");
  await expect(megan.getByTestId("table-empty")).toHaveText("Nothing waiting for approval");
  await megan.route("**/api/v1/approvals?status=expired", (route) => route.fulfill({ status: 500, json: { error: { code: "INTERNAL", message: "Something went wrong on the server." } } }));
  await megan.getByRole("combobox", { name: "Status" }).selectOption("expired");
  await expect(megan.getByTestId("table-error")).toContainText("Something went wrong on the server.");
});
