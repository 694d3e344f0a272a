import { POST as runAction } from "@/app/api/v1/tenants/[tenantId]/actions/[actionId]/route";
import { SYSTEM_ACTOR } from "@/lib/audit/events";
import { createApiKey } from "@/lib/auth/api-keys";
import type { Role } from "@/lib/auth/roles";
import type { TenantScopeKind } from "@/lib/generated/prisma/enums";
import { storeRegistration } from "@/lib/sam/registration";
import { createSecretStore, SAM_REFRESH_TOKEN } from "@/lib/secrets/store";
import type { Simulator } from "../../../simulator/server";
import { findTenant } from "../../../simulator/world/access";
import { ROLE } from "../../../simulator/world/catalog";
import type { User } from "../../../simulator/world/types";
import { routeCtx, sessionCookie, useTestAppEnv } from "../../helpers/auth";
import { control } from "../../helpers/control";
import { createTestDatabase, type TestDatabase } from "../../helpers/db";
import { startTestSimulator } from "../../helpers/sim";
import { simEndpoints, type World } from "../sam/harness";

// The guarded-action API end to end, as the app runs it: the real route handler, the process-wide
// Prisma client and token broker (pointed at a test database and the in-process simulator by env),
// a stored partner connection, and customer tenants synced into the Tenant table.

export interface Person {
  id: string;
  name: string;
  role: Role;
  cookie: string;
}

export type PersonKey = "admin" | "tech" | "tech2" | "desk" | "reader" | "scopedTech";

export interface ActionsHarness {
  db: TestDatabase;
  sim: Simulator;
  world: World;
  /** two healthy customer tenants; `other` is outside scopedTech's scope */
  tenant: string;
  other: string;
  people: Record<PersonKey, Person>;
  /** an API key with the service-desk role */
  deskKey: string;
  ctl: ReturnType<typeof control>;
  close(): Promise<void>;
}

const PEOPLE: [PersonKey, string, Role][] = [
  ["admin", "Alex Wilber", "admin"],
  ["tech", "Megan Bowen", "technician"],
  ["tech2", "Patti Fernandez", "technician"],
  ["desk", "Sam Desk", "service_desk"],
  ["reader", "Rita Reader", "read_only"],
  ["scopedTech", "Lee Gu", "technician"],
];

export async function startActionsHarness(): Promise<ActionsHarness> {
  const [db, sim] = await Promise.all([createTestDatabase(), startTestSimulator()]);
  const e = simEndpoints(sim.url);
  useTestAppEnv(db.url, { MICROSOFT_IDENTITY_URL: e.identity, MICROSOFT_GRAPH_URL: e.graph, MICROSOFT_PARTNER_CENTER_URL: e.partnerCenter, MICROSOFT_EXCHANGE_URL: e.exchange });
  const ctl = control(sim);
  const world = (await ctl.get<World>("/world")).body;

  // The partner connection as the setup wizard leaves it, sealed with the process master key.
  const secrets = createSecretStore(db.prisma);
  await storeRegistration(db.prisma, secrets, { partnerTenantId: world.partnerTenantId, ...world.samApp, validated: true });
  const rt = (await ctl.post<{ refresh_token: string }>("/refresh-token", { upn: "alex@contosomsp.com" })).body.refresh_token;
  const { id: rtId } = await secrets.putSecret(SAM_REFRESH_TOKEN, rt);
  await db.prisma.samConnection.update({ where: { id: 1 }, data: { status: "connected", refreshTokenSecretId: rtId, connectedByUpn: "alex@contosomsp.com", connectedAt: new Date() } });

  const healthy = world.tenants.filter((t) => t.health === "healthy");
  if (healthy.length < 2) throw new Error("the simulator world needs two healthy tenants");
  const [tenant, other] = [healthy[0]!.tenantId.toLowerCase(), healthy[1]!.tenantId.toLowerCase()];
  for (const t of healthy.slice(0, 2)) await db.prisma.tenant.create({ data: { id: t.tenantId.toLowerCase(), displayName: t.displayName, tags: ["managed"] } });

  const people = {} as Record<PersonKey, Person>;
  for (const [key, name, role] of PEOPLE) {
    const scope: { scopeKind: TenantScopeKind; scopeTenantIds: string[] } = key === "scopedTech" ? { scopeKind: "list", scopeTenantIds: [tenant] } : { scopeKind: "all", scopeTenantIds: [] };
    const upn = `${name.split(" ")[0]!.toLowerCase()}@contosomsp.com`;
    const u = await db.prisma.appUser.create({ data: { oid: `oid-${key}`, tenantId: world.partnerTenantId, upn, displayName: name, role, ...scope } });
    people[key] = { id: u.id, name, role, cookie: await sessionCookie({ userId: u.id, name, upn, role, oid: u.oid }) };
  }
  const deskKey = (await createApiKey(db.prisma, { name: "PSA desk", role: "service_desk" }, SYSTEM_ACTOR)).key;

  return { db, sim, world, tenant, other, people, deskKey, ctl, close: async () => void (await Promise.allSettled([db.drop(), sim.close()])) };
}

export interface CallOptions {
  as?: Person;
  key?: string;
  tenant: string;
  input?: unknown;
  /** raw body text, instead of `input` */
  raw?: string;
  idempotencyKey?: string;
  preview?: boolean;
}

/** POST /api/v1/tenants/{tenant}/actions/{actionId} through the real route handler. */
export async function callAction(actionId: string, o: CallOptions): Promise<{ status: number; body: any; headers: Headers }> {
  const path = `/api/v1/tenants/${o.tenant}/actions/${actionId}${o.preview ? "?preview=1" : ""}`;
  const headers = new Headers({ "content-type": "application/json" });
  if (o.as) headers.set("cookie", o.as.cookie);
  if (o.key) headers.set("authorization", `Bearer ${o.key}`);
  if (o.idempotencyKey) headers.set("idempotency-key", o.idempotencyKey);
  const req = new Request(`http://127.0.0.1:3999${path}`, { method: "POST", headers, body: o.raw ?? JSON.stringify(o.input ?? {}) });
  const res = await runAction(req, routeCtx({ tenantId: o.tenant, actionId }));
  return { status: res.status, body: await res.json(), headers: res.headers };
}

/** Requests the app sent to Microsoft Graph for one operation (or dot-prefix) so far (the simulator's log). */
export async function graphCount(h: ActionsHarness, op: string): Promise<number> {
  const q = new URLSearchParams({ host: "graph", op });
  return (await h.ctl.get<{ count: number }>(`/requests/count?${q}`)).body.count;
}

/**
 * For "no Microsoft call": marks the simulator's request log now, and the function it returns lists
 * every request since to any Microsoft host — identity (tokens) and Partner Center as well as Graph
 * and Exchange — as "host op". Only the control API's own calls are left out.
 */
export async function upstreamSince(h: ActionsHarness): Promise<() => Promise<string[]>> {
  const { lastSeq } = (await h.ctl.get<{ lastSeq: number }>("/requests/count")).body;
  return async () => (await h.ctl.get<{ entries: { host: string; op: string }[] }>(`/requests?since=${lastSeq}`)).body.entries.map((e) => `${e.host} ${e.op}`);
}

/** The simulator's own record of a tenant's users: what Graph would return, read without Graph. */
export function simUsers(h: ActionsHarness, tenantId: string) {
  const t = findTenant(h.sim.ctx.world, tenantId)!;
  const roleOf = (u: User) => t.directory.directoryRoles.filter((r) => r.members.has(u.id)).map((r) => r.roleTemplateId);
  const all = [...t.directory.users.values()];
  // Stable order and membership (no dependence on state tests change), so `ordinary(n)` never repeats.
  const ordinary = all.filter((u) => u.userType === "Member" && u.tags.length === 0 && roleOf(u).length === 0);
  return {
    byId: (id: string) => t.directory.users.get(id)!,
    /** the n-th ordinary member: no directory role, not an admin, break-glass, guest or shared mailbox */
    ordinary: (n: number) => ordinary[n]!,
    globalAdmin: all.find((u) => u.tags.includes("admin"))!,
    breakGlass: all.find((u) => u.tags.includes("break-glass"))!,
    /** holds User Administrator (a privileged role, but not tier 0) */
    userAdmin: all.find((u) => roleOf(u).includes(ROLE.userAdministrator))!,
  };
}

export async function auditRows(h: ActionsHarness, where: { action?: string; outcome?: string; actorId?: string; tenantId?: string } = {}) {
  return h.db.prisma.auditEvent.findMany({ where: where as object, orderBy: { id: "asc" } });
}

/** Query strings a tenant read with `?search=` must refuse (400, no Microsoft call), and the field each names. */
export const BAD_SEARCHES = [
  [`?search=${encodeURIComponent("' or 1 eq 1")}`, "search"],
  [`?search=${encodeURIComponent('a" OR "displayName:b')}`, "search"],
  [`?search=${"a".repeat(65)}`, "search"],
] as const;
