import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/authz/permissions";
import { tenantScopeFor } from "@/lib/authz/scope";
import { AppError } from "@/lib/errors";
import type { GraphClient } from "@/lib/microsoft/graph/client";
import { listGroups, type GroupRow } from "@/lib/microsoft/graph/group-reads";
import { listDomains, listSubscribedSkus, type TenantDomain, type TenantSku } from "@/lib/microsoft/graph/tenant-info";
import { getUserDetail, listUsers, type UserDetail, type UserPage } from "@/lib/microsoft/graph/user-reads";
import { findTenantInScope, tenantNotFound } from "@/lib/tenants/queries";
import { defaultExecutorDeps, type ExecutorDeps } from "./deps";
import { GUID_RE, userRef } from "./fields";
import { inputFields } from "./input-errors";

if (typeof window !== "undefined") throw new Error("lib/actions/reads.server is server-only");

/**
 * Tenant reads (no write, no audit row): the same tenant-from-the-path and scope check as the
 * executor — a tenant outside the caller's scope is a 404 exactly like a missing one — then the
 * role's permission, then a Graph client bound to that tenant.
 */
async function tenantGraph(actor: Actor, rawTenantId: string, permission: Permission, deps: ExecutorDeps): Promise<GraphClient> {
  if (!GUID_RE.test(rawTenantId)) throw tenantNotFound(rawTenantId.slice(0, 80));
  const scope = await tenantScopeFor(deps.prisma, actor);
  const tenant = await findTenantInScope(deps.prisma, scope, rawTenantId.toLowerCase(), { id: true, displayName: true, tags: true, removedAt: true });
  if (tenant.removedAt) throw new AppError("CONFLICT", `${tenant.displayName} is no longer reachable: it was removed at the last customer sync.`);
  const allowed = can(actor, permission, tenant, scope);
  if (!allowed.ok) throw new AppError(allowed.reason === "scope" ? "NOT_FOUND" : "FORBIDDEN", allowed.message);
  return deps.graph(tenant.id, () => {});
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some fields are invalid.", { fields: inputFields(parsed.error) });
  return parsed.data;
}

/**
 * ?search= reaches Microsoft's $search: letters, digits, space and . _ @ - only, so no quote or operator
 * gets in. ?account= and ?type= are enums the Graph module maps to fixed $filter clauses.
 */
const searchText = z.string().trim().max(64, "is too long (at most 64 characters)").regex(/^[\p{L}\p{N} ._@-]*$/u, "may hold letters, digits, spaces and . _ @ - only");
const top = z.coerce.number().int().min(1).max(100).default(25);

export const userListQuery = z.strictObject({
  search: searchText.optional(),
  top,
  cursor: z.string().max(2048).regex(/^[A-Za-z0-9_\-+/=.~%]+$/, "is not a cursor this API handed out").optional(),
  account: z.enum(["enabled", "blocked"]).optional(),
  type: z.enum(["member", "guest"]).optional(),
});

export async function readUsers(actor: Actor, tenantId: string, query: URLSearchParams, deps = defaultExecutorDeps()): Promise<UserPage> {
  const graph = await tenantGraph(actor, tenantId, "users.read", deps);
  const q = parse(userListQuery, Object.fromEntries(query));
  return listUsers(graph, { search: q.search || undefined, top: q.top, cursor: q.cursor, filter: { account: q.account, type: q.type } });
}

export async function readUser(actor: Actor, tenantId: string, userId: string, deps = defaultExecutorDeps()): Promise<UserDetail> {
  const graph = await tenantGraph(actor, tenantId, "users.read", deps);
  const ref = parse(z.strictObject({ user: userRef }), { user: userId }).user;
  const skus = await listSubscribedSkus(graph);
  return getUserDetail(graph, ref, new Map(skus.map((s) => [s.skuId, s.skuPartNumber])));
}

export const groupListQuery = z.strictObject({ search: searchText.optional(), top });

/** `?search=` (name or mail), `?top=` (1–100): groups for the add-to-group picker. */
export async function readGroups(actor: Actor, tenantId: string, query: URLSearchParams, deps = defaultExecutorDeps()): Promise<{ groups: GroupRow[] }> {
  const graph = await tenantGraph(actor, tenantId, "users.read", deps);
  const q = parse(groupListQuery, Object.fromEntries(query));
  return { groups: await listGroups(graph, { search: q.search || undefined, top: q.top }) };
}

/** Subscriptions with live seat counts (`enabled`, `consumed`), for the licence pickers. */
export async function readLicences(actor: Actor, tenantId: string, query: URLSearchParams, deps = defaultExecutorDeps()): Promise<{ skus: TenantSku[] }> {
  const graph = await tenantGraph(actor, tenantId, "users.read", deps);
  parse(z.strictObject({}), Object.fromEntries(query));
  const skus = await listSubscribedSkus(graph);
  return { skus: skus.sort((a, b) => a.skuPartNumber.localeCompare(b.skuPartNumber)) };
}

/** The tenant's domains (verified or not), for the sign-in name's domain picker. */
export async function readDomains(actor: Actor, tenantId: string, query: URLSearchParams, deps = defaultExecutorDeps()): Promise<{ domains: TenantDomain[] }> {
  const graph = await tenantGraph(actor, tenantId, "users.read", deps);
  parse(z.strictObject({}), Object.fromEntries(query));
  return { domains: await listDomains(graph) };
}
