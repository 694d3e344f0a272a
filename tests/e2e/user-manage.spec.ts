import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./helpers/axe";
import { signInAs } from "./helpers/sign-in";
import { prepareAdminSession, seededTenant } from "./helpers/tenants";
import { expect, test } from "./fixtures";

// The form-driven user actions in Chromium against the simulator: create a user with a licence and
// a group, edit a property, assign and remove a licence (seat counts follow), add and remove a
// group. Every change is read back through the tenant API, not only from the screen.

const STATE = path.resolve("test-results/user-manage-admin-state.json");

test.describe.configure({ mode: "serial" });
test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  await prepareAdminSession(browser, STATE);
});

interface Sku { skuId: string; skuPartNumber: string; enabled: number; consumed: number; capabilityStatus: string }
interface User { id: string; userPrincipalName: string; jobTitle: string | null; licences: { skuId: string }[]; groups: { id: string; displayName: string }[] }

const api = (tenantId: string) => `/api/v1/tenants/${tenantId}`;
async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const res = await request.get(url);
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as T;
}
const skus = async (r: APIRequestContext, t: string) => (await getJson<{ skus: Sku[] }>(r, `${api(t)}/licenses`)).skus;
const user = (r: APIRequestContext, t: string, id: string) => getJson<User>(r, `${api(t)}/users/${encodeURIComponent(id)}`);
const free = (s: Sku) => s.enabled - s.consumed;
const sku = async (r: APIRequestContext, t: string, skuId: string) => (await skus(r, t)).find((s) => s.skuId === skuId)!;

/** The action's own confirm dialog: its preview, then the run. */
async function confirm(page: Page, title: string, run: string, o: { typed?: string; preview?: (RegExp | string)[] } = {}) {
  const dialog = page.getByRole("dialog", { name: title });
  await expect(dialog).toBeVisible();
  for (const text of o.preview ?? []) await expect(dialog).toContainText(text);
  // The dialog alone: the last action's toast may still be fading out beside it.
  await expectNoSeriousA11yViolations(page, { include: '[role="dialog"]' });
  if (o.typed) await dialog.getByLabel(/to confirm/).fill(o.typed);
  await dialog.getByRole("button", { name: run, exact: true }).click();
  return dialog;
}

const stamp = Date.now().toString(36);
const NEW = { displayName: `E2E Hire ${stamp}`, nick: `e2e.hire.${stamp}` };
let tenantId = "";
let created: User;

test.describe("manage a user", () => {
  test.use({ storageState: STATE });

  test("create a user with a licence and a group: the password shows once, the user is in the list with both", async ({ page }) => {
    tenantId = (await seededTenant("healthy")).tenantId;
    const before = await skus(page.request, tenantId);
    const licence = before.find((s) => s.capabilityStatus === "Enabled" && free(s) > 0)!;
    await page.goto(`/tenants/${tenantId}/users`);
    await page.getByRole("button", { name: "Create user", exact: true }).click();
    const form = page.getByRole("dialog", { name: "Create user" });
    await expect(form.getByLabel("Domain")).not.toHaveValue("");

    // Every subscription is offered with its live seats; a full one cannot be picked.
    const options = form.getByLabel("Licence (optional)").locator("option");
    await expect(options).toHaveCount(before.length + 1);
    for (const s of before) {
      const option = options.filter({ hasText: s.skuPartNumber });
      await expect(option).toContainText(`${Math.max(0, free(s))} of ${s.enabled} free`);
      if (free(s) <= 0) await expect(option).toBeDisabled();
    }

    // The action's own schema refuses on the field, before anything is sent.
    await form.getByRole("button", { name: "Review" }).click();
    await expect(form.getByText("must not be empty").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await form.getByLabel("Display name").fill(NEW.displayName);
    await form.getByLabel("Username").fill(NEW.nick);
    await form.getByLabel("Usage location").fill("us");
    await form.getByLabel("Licence (optional)").selectOption(licence.skuId);
    await form.getByRole("searchbox", { name: "Search groups" }).fill("VPN");
    await form.getByRole("checkbox", { name: /SG-VPN Users/ }).check();
    await form.getByRole("button", { name: "Review" }).click();

    const dialog = await confirm(page, "Create user", "Create user", { preview: [new RegExp(`${NEW.nick}@`), "SG-VPN Users", licence.skuPartNumber] });
    const password = dialog.getByTestId("secret-password");
    await expect(password).toHaveText(/\S{12,}/);
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(dialog).toBeHidden();

    const found = await getJson<{ users: User[] }>(page.request, `${api(tenantId)}/users?search=${NEW.nick}`);
    expect(found.users).toHaveLength(1);
    created = await user(page.request, tenantId, found.users[0]!.id);
    expect(created.licences.map((l) => l.skuId)).toEqual([licence.skuId]);
    expect(created.groups.map((g) => g.displayName)).toEqual(["SG-VPN Users"]);
    await expect.poll(async () => (await sku(page.request, tenantId, licence.skuId)).consumed).toBe(licence.consumed + 1);
    await page.getByRole("searchbox", { name: "Search users" }).pressSequentially(NEW.nick, { delay: 20 });
    await expect(page.getByRole("link", { name: NEW.displayName, exact: true })).toBeVisible();
  });

  test("edit a property: the preview shows before → after, the tenant has the new value", async ({ page }) => {
    await page.goto(`/tenants/${tenantId}/users/${created.id}`);
    await page.getByRole("button", { name: "Edit properties" }).click();
    const form = page.getByRole("dialog", { name: "Edit user properties" });
    await expect(form.getByLabel("Display name")).toHaveValue(NEW.displayName);
    await expect(form.getByLabel("Usage location")).toHaveValue("US");
    await expectNoSeriousA11yViolations(page);
    await form.getByLabel("Job title").fill("Field engineer");
    await form.getByRole("button", { name: "Review" }).click();
    await confirm(page, "Edit user properties", "Edit properties", { preview: [/Job title: — → Field engineer/] });
    await expect(page.getByRole("dialog")).toBeHidden();
    await expect.poll(async () => (await user(page.request, tenantId, created.id)).jobTitle).toBe("Field engineer");
    await expect(page.getByText("Field engineer").first()).toBeVisible();
  });

  test("assign and remove a licence: the card and the seat counts follow", async ({ page }) => {
    await page.goto(`/tenants/${tenantId}/users/${created.id}`);
    const card = page.getByRole("region", { name: "Licences" });
    await expect(card.getByLabel("Assign a licence")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const other = (await skus(page.request, tenantId)).find((s) => s.capabilityStatus === "Enabled" && free(s) > 0 && s.skuId !== created.licences[0]!.skuId)!;
    await card.getByLabel("Assign a licence").selectOption(other.skuId);
    await card.getByRole("button", { name: "Assign licence" }).click();
    await confirm(page, "Assign licence", "Assign licence", { preview: [`${free(other)} of ${other.enabled} seats free now, ${free(other) - 1} after`] });
    const row = card.getByTestId("user-licence").filter({ hasText: other.skuPartNumber });
    await expect(row).toContainText(`${free(other) - 1} of ${other.enabled} free`);
    // Microsoft counts consumed units eventually; poll rather than read once.
    await expect.poll(async () => (await sku(page.request, tenantId, other.skuId)).consumed).toBe(other.consumed + 1);
    await expect(card.getByLabel("Assign a licence").locator("option", { hasText: other.skuPartNumber })).toBeDisabled();

    await row.getByRole("button", { name: `Remove ${other.skuPartNumber}` }).click();
    await confirm(page, "Remove licence", "Remove licence", { typed: created.userPrincipalName });
    await expect(row).toHaveCount(0);
    await expect.poll(async () => (await sku(page.request, tenantId, other.skuId)).consumed).toBe(other.consumed);
    expect((await user(page.request, tenantId, created.id)).licences.map((l) => l.skuId)).toEqual(created.licences.map((l) => l.skuId));
  });

  test("add to a group through the search, then remove: the card and the tenant agree", async ({ page }) => {
    await page.goto(`/tenants/${tenantId}/users/${created.id}`);
    const card = page.getByRole("region", { name: "Groups" });
    await card.getByRole("searchbox", { name: "Search groups" }).fill("zzqx");
    await expect(card.getByText("No group matches “zzqx”.")).toBeVisible();
    await card.getByRole("searchbox", { name: "Search groups" }).fill("VPN");
    await expect(card.getByRole("radio", { name: /SG-VPN Users/ })).toBeDisabled();
    await expect(card.getByRole("radio", { name: /SG-VPN Users/ }).locator("xpath=..")).toContainText("already a member");
    await expectNoSeriousA11yViolations(page);
    await card.getByRole("searchbox", { name: "Search groups" }).fill("");
    const pick = card.getByRole("radio", { disabled: false }).first();
    const groupId = await pick.getAttribute("value");
    const listed = await getJson<{ groups: { id: string; displayName: string }[] }>(page.request, `${api(tenantId)}/groups`);
    const name = listed.groups.find((g) => g.id === groupId)!.displayName;
    await pick.check();
    await card.getByRole("button", { name: "Add to group" }).click();
    await confirm(page, "Add to group", "Add to group", { preview: [name] });
    await expect(card.getByTestId("user-group").filter({ hasText: name })).toBeVisible();
    // Polled, like the seat counts: the card can drop or show the row a moment before the tenant's own read agrees.
    await expect.poll(async () => (await user(page.request, tenantId, created.id)).groups.map((g) => g.displayName).sort()).toEqual(["SG-VPN Users", name].sort());

    await card.getByRole("button", { name: `Remove from ${name}` }).click();
    await confirm(page, "Remove from group", "Remove from group");
    await expect(card.getByTestId("user-group").filter({ hasText: name })).toHaveCount(0);
    await expect.poll(async () => (await user(page.request, tenantId, created.id)).groups.map((g) => g.displayName)).toEqual(["SG-VPN Users"]);
  });

  test("a licence read that fails says so in the card and recovers on Retry", async ({ page }) => {
    let fail = true;
    await page.route(`**${api(tenantId)}/licenses`, (route) =>
      fail ? route.fulfill({ status: 503, json: { error: { code: "MICROSOFT_UNAVAILABLE", message: "Microsoft Graph did not answer." } } }) : route.fallback(),
    );
    await page.goto(`/tenants/${tenantId}/users/${created.id}`);
    const card = page.getByRole("region", { name: "Licences" });
    await expect(card.getByRole("alert")).toContainText("Could not read the tenant's licences: Microsoft Graph did not answer.", { timeout: 10_000 });
    await expect(card.getByRole("button", { name: "Assign licence" })).toBeDisabled();
    fail = false;
    await card.getByRole("button", { name: "Retry" }).click();
    await expect(card.getByLabel("Assign a licence")).toBeVisible();
    await expect(card.getByRole("alert")).toHaveCount(0);
  });
});

test.describe("roles", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("read-only sees the cards but every change is disabled with the reason", async ({ page }) => {
    await signInAs(page, "isaiah@contosomsp.com", { from: `/tenants/${tenantId}/users/${created.id}` });
    await expect(page.getByRole("region", { name: "Licences" }).getByTestId("user-licence")).toHaveCount(1);
    for (const name of ["Edit properties", "Assign licence", "Add to group", /^Remove /]) {
      for (const button of await page.getByRole("button", { name }).all()) await expect(button).toBeDisabled();
    }
    await page.getByRole("button", { name: "Edit properties" }).locator("xpath=..").hover();
    await expect(page.getByRole("tooltip")).toContainText("Read only cannot edit user properties");
    await page.goto(`/tenants/${tenantId}/users`);
    await expect(page.getByRole("button", { name: "Create user", exact: true })).toBeDisabled();
  });
});
