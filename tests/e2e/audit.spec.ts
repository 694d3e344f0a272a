import { readFileSync } from "node:fs";

import { expectNoSeriousA11yViolations } from "./helpers/axe";
import { signInAs } from "./helpers/sign-in";
import { expect, test } from "./fixtures";

// The audit log in Chromium: the partner admin finds their own sign-ins by name, narrows the list
// with filters held in the URL, exports what they see as CSV, opens one event and checks the chain.

const ADMIN = "alex@contosomsp.com";
const CSV_HEADER = "id,at,actor,actorUpn,role,tenant,tenantId,action,actionLabel,target,outcome,ticket,requestIds,detail";

test.describe("audit log", () => {
  test("the partner admin sees sign-ins by name, filters, exports CSV, opens an event and verifies the chain", async ({ page }) => {
    await signInAs(page, ADMIN);
    await page.goto("/audit");
    await expect(page).toHaveTitle(/Audit log/);
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();

    const rows = page.getByTestId("data-table-row");
    const signIn = rows.filter({ hasText: "Signed in" }).filter({ hasText: "Alex Wilber" }).first();
    await expect(signIn).toBeVisible();
    await expect(signIn).toContainText("Admin");
    await expect(signIn).toContainText("Succeeded");
    await expectNoSeriousA11yViolations(page);

    // The exact time is one hover (or focus) away.
    await signIn.locator("time").hover();
    await expect(page.getByRole("tooltip")).toContainText("UTC");

    // Action facet → only sign-ins, and the URL says so.
    await page.getByRole("button", { name: /^Filter by Action/ }).click();
    await page.getByRole("option", { name: "Signed in", exact: true }).click();
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/[?&]action=auth\.sign_in(&|$)/);
    // Old rows stay on screen while the next set loads; wait for the filtered set.
    await expect(rows.filter({ hasNotText: "Signed in" })).toHaveCount(0);
    await expect(rows.first()).toContainText("Signed in");

    // Outcome facet: a sign-in never "failed", so this view is empty — and says so.
    await page.getByRole("button", { name: /^Filter by Outcome/ }).click();
    await page.getByRole("option", { name: "Failed", exact: true }).click();
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/[?&]outcome=failed(&|$)/);
    await expect(page.getByTestId("table-empty")).toHaveText("No audit events match");

    // Back to succeeded sign-ins by the actor's name; a reload keeps the view (state lives in the URL).
    await page.getByRole("button", { name: /^Filter by Outcome/ }).click();
    await page.getByRole("option", { name: "Failed", exact: true }).click();
    await page.getByRole("option", { name: "Succeeded", exact: true }).click();
    await page.keyboard.press("Escape");
    await page.getByRole("searchbox", { name: "Filter by actor" }).fill("alex wilber");
    await expect(page).toHaveURL(/[?&]actor=alex(\+|%20)wilber/);
    await page.reload();
    await expect(page.getByRole("searchbox", { name: "Filter by actor" })).toHaveValue("alex wilber");
    await expect(rows.first()).toContainText("Alex Wilber");
    await expect(rows.filter({ hasNotText: "Alex Wilber" })).toHaveCount(0);
    const shown = await rows.count();

    // The CSV carries the same filters: a header row, then one line per event shown.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tenantry-audit-.*\.csv$/);
    const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    const lines = csv.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines.length - 1).toBeGreaterThanOrEqual(shown);
    for (const line of lines.slice(1)) expect(line).toContain(`,Alex Wilber,${ADMIN},Admin,,,auth.sign_in,Signed in,`);

    // The details drawer: redacted detail, request ids and the chain hash.
    await rows.first().getByRole("button", { name: /^Details/ }).click();
    const sheet = page.getByRole("dialog");
    await expect(sheet.getByRole("heading", { name: "Signed in" })).toBeVisible();
    await expect(sheet).toContainText(ADMIN);
    await expect(sheet).toContainText("Microsoft request ids");
    await expect(sheet.getByText(/^[0-9a-f]{64}$/).first()).toBeVisible();
    await expect(sheet.getByLabel("Event detail as JSON")).toContainText('"via"');
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();

    // Admins can check the hash chain from the page.
    await page.getByRole("button", { name: "Verify integrity" }).click();
    await expect(page.getByTestId("audit-verify-result")).toContainText(/Intact: [\d,]+ events checked/);
  });
});
