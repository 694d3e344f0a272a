import path from "node:path";
import pg from "pg";
import { expect, type Page } from "@playwright/test";

import { test } from "../fixtures";
import { prepareAdminSession, seededTenant, type SimTenant } from "./tenants";

export const TECH = "megan@contosomsp.com";
export const DESK = "pradeep@contosomsp.com";
export const READER = "isaiah@contosomsp.com";

/**
 * A users spec's common frame: the partner connected and customers synced once (as the admin), the
 * first healthy customer as the tenant, and every test signing in as its own persona. Sign-in
 * through the simulator plus live Graph reads take longer than the default 30 s on a shared machine.
 */
export function usersSpec(name: string): { tenant: () => SimTenant; usersUrl: () => string } {
  let tenant: SimTenant | undefined;
  test.describe.configure({ timeout: 90_000 });
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    await prepareAdminSession(browser, path.resolve(`test-results/${name}-admin-state.json`));
    tenant = await seededTenant("healthy");
  });
  test.use({ storageState: { cookies: [], origins: [] } });
  return { tenant: () => tenant!, usersUrl: () => `/tenants/${tenant!.tenantId}/users` };
}

export interface ListedUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
  accountEnabled: boolean;
  userType: string | null;
}

interface Detail extends ListedUser {
  signIn: { accountEnabled: boolean; sessionsValidFrom: string | null; lastPasswordChange: string | null };
  directoryRoles: { roleTemplateId: string; displayName: string }[];
}

const api = (tenantId: string) => `/api/v1/tenants/${tenantId}/users`;

/** One user's detail through the app's own API (as the signed-in persona). */
export async function readUser(page: Page, tenantId: string, userRef: string): Promise<Detail> {
  const res = await page.request.get(`${api(tenantId)}/${encodeURIComponent(userRef)}`);
  expect(res.ok(), await res.text()).toBe(true);
  return res.json();
}

/** The tenant's Global Administrator the simulator seeds in every customer (admin@<default domain>). */
export async function globalAdmin(page: Page, tenantId: string): Promise<ListedUser> {
  const res = await page.request.get(`${api(tenantId)}?search=admin&top=20`);
  const { users } = (await res.json()) as { users: ListedUser[] };
  for (const u of users) {
    const d = await readUser(page, tenantId, u.id);
    if (d.directoryRoles.some((r) => r.displayName === "Global Administrator") && !/break/i.test(u.userPrincipalName)) return u;
  }
  throw new Error(`no Global Administrator found in ${tenantId}`);
}

/** The n-th enabled member who holds no directory role and has a job title (no shared mailbox, no admin). */
export async function ordinaryUser(page: Page, tenantId: string, n: number): Promise<ListedUser> {
  const res = await page.request.get(`${api(tenantId)}?account=enabled&type=member&top=60`);
  const { users } = (await res.json()) as { users: (ListedUser & { jobTitle: string | null })[] };
  let seen = 0;
  for (const u of users.filter((x) => x.jobTitle && !/admin|break/i.test(x.userPrincipalName))) {
    if ((await readUser(page, tenantId, u.id)).directoryRoles.length > 0) continue;
    if (seen++ === n) return u;
  }
  throw new Error(`fewer than ${n + 1} ordinary users in ${tenantId}`);
}

/**
 * Writes (or, with null, deletes) an admin Setting straight into the stack's database, so a users spec
 * does not depend on the settings pages (they have specs of their own).
 */
export async function setSetting(key: "actions.approval_policy" | "actions.ticket_required", value: unknown | null) {
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    if (value === null) await db.query(`DELETE FROM "Setting" WHERE key = $1`, [key]);
    else await db.query(`INSERT INTO "Setting" (key, value, "updatedAt") VALUES ($1, $2, now()) ON CONFLICT (key) DO UPDATE SET value = $2, "updatedAt" = now()`, [key, JSON.stringify(value)]);
  } finally {
    await db.end();
  }
}
