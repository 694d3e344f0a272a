import { expect, type Browser, type Page } from "@playwright/test";

import { SIMULATOR_URL, signInAs } from "./sign-in";

export const ADMIN_UPN = "alex@contosomsp.com";

export interface SimTenant {
  tenantId: string;
  displayName: string;
  defaultDomain: string;
  initialDomain: string;
  health: string;
}

export async function simWorld(): Promise<{ tenants: SimTenant[] }> {
  return (await fetch(`${SIMULATOR_URL}/_sim/world`)).json();
}

/** The simulator's customer seeded with `health` (one of each problem case exists in every world). */
export async function seededTenant(health: string): Promise<SimTenant> {
  const tenant = (await simWorld()).tenants.find((t) => t.health === health);
  if (!tenant) throw new Error(`the simulator world has no tenant with health "${health}"`);
  return tenant;
}

/**
 * The partner connection, made through the setup wizard as setup.spec.ts does, unless an earlier
 * spec already made it (files run alphabetically; this keeps tenants.spec runnable on its own).
 */
/** Resolves true when it had to connect (so a spec can leave the first-run state it found). */
export async function ensurePartnerConnected(page: Page, upn: string): Promise<boolean> {
  const status = await (await page.request.get("/api/v1/sam/status")).json();
  if (status.status === "connected") return false;
  await page.goto("/setup");
  // A fresh stack starts at step 1 (app registration); after setup.spec's disconnect, at step 2.
  const save = page.getByRole("button", { name: "Check and save" });
  const connect = page.getByRole("link", { name: /^(Connect|Reconnect) as partner admin$/ });
  await expect(save.or(connect).first()).toBeVisible();
  if (await save.isVisible()) await save.click();
  await connect.click();
  await expect(page.getByRole("heading", { name: "Pick an account" })).toBeVisible();
  await page.getByRole("button", { name: new RegExp(upn.replace(/[.@]/g, "\\$&")) }).click();
  const accept = page.getByRole("button", { name: "Accept" });
  const back = (u: URL) => !u.href.startsWith(SIMULATOR_URL);
  await Promise.race([accept.waitFor({ state: "visible" }).then(() => accept.click()), page.waitForURL(back)]);
  await page.waitForURL(back);
  await expect(page.getByText("Everything works: Tenantry can reach your customers.")).toBeVisible({ timeout: 30_000 });
  return true;
}

/** Runs a customer sync through the API (unless tenants are already listed) and waits for it to finish. */
export async function ensureTenantsSynced(page: Page): Promise<void> {
  const listed = async () => (await (await page.request.get("/api/v1/tenants?pageSize=1")).json()).total as number;
  if ((await listed()) > 0) return;
  const started = await page.request.post("/api/v1/tenants/sync", { data: {} });
  expect(started.ok(), await started.text()).toBe(true);
  const { runId } = (await started.json()) as { runId: string };
  const status = async () => (await (await page.request.get(`/api/v1/sync-runs/${runId}`)).json()).status as string;
  await expect.poll(status, { timeout: 120_000, intervals: [500, 1_000] }).toMatch(/^(succeeded|failed)$/);
  expect(await listed()).toBeGreaterThan(0);
}

/**
 * Signs the partner admin in once, makes sure the partner connection and a synced customer list
 * exist, and saves the session for the spec's tests to reuse (test.use({ storageState })).
 */
export async function prepareAdminSession(browser: Browser, file: string): Promise<{ connected: boolean }> {
  // An explicit empty state: a context made here would otherwise inherit the spec's storageState.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signInAs(page, ADMIN_UPN);
  const connected = await ensurePartnerConnected(page, ADMIN_UPN);
  await ensureTenantsSynced(page);
  await context.storageState({ path: file });
  await context.close();
  return { connected };
}
