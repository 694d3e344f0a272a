import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { expectNoSeriousA11yViolations } from "./helpers/axe";
import { signInAs } from "./helpers/sign-in";
import { DESK, globalAdmin, ordinaryUser, readUser, setSetting, TECH, usersSpec } from "./helpers/users";
import { expect, test } from "./fixtures";

// The guarded actions on a user's page, run by each persona against the simulator and read back
// through the API: typed confirmation, the shown-once password, a guard's refusal, block/unblock,
// a ticket's field error and an approval.

const { tenant, usersUrl } = usersSpec("user-actions");

test("a technician resets a user's password with typed confirmation and sees it in the audit log", async ({ page }) => {
  await signInAs(page, TECH, { from: usersUrl() });
  const target = await ordinaryUser(page, tenant().tenantId, 1);
  const before = (await readUser(page, tenant().tenantId, target.id)).signIn.lastPasswordChange;
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

  const secret = dialog.getByTestId("secret-password");
  await expect(secret).toHaveText(/^\S{16}$/);
  const password = (await secret.textContent())!;
  await expect(dialog).toContainText("It is not stored and cannot be shown again.");
  await expect(dialog.getByRole("button", { name: "Copy new password" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  const after = await readUser(page, tenant().tenantId, target.id);
  expect(after.signIn.lastPasswordChange).not.toBe(before);
  // Shown once: neither the database (audit row, idempotency replay) nor a log holds it.
  if (process.env.E2E_DATABASE_URL && process.env.E2E_LOG_DIR) {
    expect(execFileSync("pg_dump", ["--data-only", process.env.E2E_DATABASE_URL], { maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] }).toString()).not.toContain(password);
    for (const f of readdirSync(process.env.E2E_LOG_DIR).filter((f) => f.endsWith(".log"))) {
      expect(readFileSync(path.join(process.env.E2E_LOG_DIR, f), "utf8"), f).not.toContain(password);
    }
  }

  await page.goto("/audit?ticket=E2E-4711&outcome=succeeded");
  const row = page.getByTestId("data-table-row").first();
  await expect(row).toContainText("Password reset");
  await expect(row).toContainText("Megan Bowen");
  await expect(row).toContainText(target.id);
  await expect(row).toContainText("E2E-4711");
  await expect(page.getByTestId("data-table-row")).toHaveCount(1);
});

test("a technician blocks then unblocks sign-in and the page follows each time", async ({ page }) => {
  await signInAs(page, TECH, { from: usersUrl() });
  const target = await ordinaryUser(page, tenant().tenantId, 2);
  await page.goto(`${usersUrl()}/${target.id}`);
  const state = page.getByTestId("user-sign-in-state");
  await expect(state).toContainText("Sign-in allowed");

  await page.getByRole("button", { name: "Block sign-in" }).click();
  const block = page.getByRole("dialog", { name: "Block sign-in" });
  await expect(block).toContainText("Sign-in allowed: Yes → No");
  await block.getByLabel(`Type ${target.userPrincipalName} to confirm`).fill(target.userPrincipalName);
  // The API's 400 field error shows next to the ticket field, and nothing ran.
  const ticket = block.getByLabel(/^Ticket/);
  await ticket.fill("INC;42");
  await block.getByRole("button", { name: "Block sign-in" }).click();
  await expect(block.locator("#action-ticket-error")).toContainText("may hold letters, digits, spaces");
  await expect(ticket).toHaveAttribute("aria-invalid", "true");
  expect((await readUser(page, tenant().tenantId, target.id)).accountEnabled).toBe(true);
  await ticket.fill("INC-42");
  await block.getByRole("button", { name: "Block sign-in" }).click();
  await expect(block).toBeHidden();
  await expect(state).toContainText("Sign-in blocked");
  expect((await readUser(page, tenant().tenantId, target.id)).accountEnabled).toBe(false);

  await page.getByRole("button", { name: "Unblock sign-in" }).click();
  const unblock = page.getByRole("dialog", { name: "Unblock sign-in" });
  await expect(unblock).toContainText("Sign-in allowed: No → Yes");
  await unblock.getByRole("button", { name: "Unblock sign-in" }).click();
  await expect(unblock).toBeHidden();
  await expect(state).toContainText("Sign-in allowed");
  await expect(page.getByRole("button", { name: "Block sign-in" })).toBeVisible();
  expect((await readUser(page, tenant().tenantId, target.id)).accountEnabled).toBe(true);
});

test("a service-desk user is refused on a Global Administrator with the guard's explanation", async ({ page }) => {
  await signInAs(page, DESK, { from: usersUrl() });
  const admin = await globalAdmin(page, tenant().tenantId);
  const before = await readUser(page, tenant().tenantId, admin.id);
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
  await dialog.getByRole("button", { name: "Cancel" }).click();
  expect((await readUser(page, tenant().tenantId, admin.id)).signIn).toEqual(before.signIn);
  // Block sign-in is not a service-desk permission at all: disabled, with the reason.
  await expect(page.getByRole("button", { name: "Block sign-in" })).toBeDisabled();
});

test("an action that needs approval closes the dialog with a toast, and nothing changes yet", async ({ page }) => {
  test.skip(!process.env.E2E_DATABASE_URL, "needs the stack started by the global setup");
  await setSetting("actions.approval_policy", { rules: [{ actions: ["user.revoke_sessions"], roles: ["service_desk"] }] });
  try {
    await signInAs(page, DESK, { from: usersUrl() });
    const target = await ordinaryUser(page, tenant().tenantId, 3);
    const before = (await readUser(page, tenant().tenantId, target.id)).signIn.sessionsValidFrom;
    await page.goto(`${usersUrl()}/${target.id}`);
    await page.getByRole("button", { name: "Revoke sessions" }).click();
    const dialog = page.getByRole("dialog", { name: "Revoke sessions" });
    await expect(dialog).toContainText("A second person must approve this before it runs.");
    await dialog.getByLabel(/^Ticket/).fill("SD-9001");
    await dialog.getByRole("button", { name: "Revoke sessions" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/^Revoke sessions awaits approval/)).toBeVisible();
    expect((await readUser(page, tenant().tenantId, target.id)).signIn.sessionsValidFrom).toBe(before);
  } finally {
    await setSetting("actions.approval_policy", null);
  }
});

test("when the ticket policy requires one, the dialog will not run without a ticket, and the audit row carries it", async ({ page }) => {
  test.skip(!process.env.E2E_DATABASE_URL, "needs the stack started by the global setup");
  await setSetting("actions.ticket_required", { roles: ["service_desk"] });
  try {
    await signInAs(page, DESK, { from: usersUrl() });
    const target = await ordinaryUser(page, tenant().tenantId, 4);
    const before = (await readUser(page, tenant().tenantId, target.id)).signIn.sessionsValidFrom;
    await page.goto(`${usersUrl()}/${target.id}`);
    await page.getByRole("button", { name: "Revoke sessions" }).click();
    const dialog = page.getByRole("dialog", { name: "Revoke sessions" });
    const ticket = dialog.getByLabel("Ticket (required)");
    await expect(ticket).toBeVisible();
    const run = dialog.getByRole("button", { name: "Revoke sessions" });
    await expect(run).toBeDisabled();
    await ticket.fill("SD-4242");
    await expect(run).toBeEnabled();
    await run.click();
    await expect(dialog).toBeHidden();
    await expect.poll(async () => (await readUser(page, tenant().tenantId, target.id)).signIn.sessionsValidFrom).not.toBe(before);
    await page.goto("/audit?ticket=SD-4242&outcome=succeeded");
    await expect(page.getByTestId("data-table-row")).toHaveCount(1);
    await expect(page.getByTestId("data-table-row").first()).toContainText("SD-4242");
  } finally {
    await setSetting("actions.ticket_required", null);
  }
});
