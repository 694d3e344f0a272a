import { createHash, randomBytes } from "node:crypto";
import type { SimContext } from "../../core/context";
import { relationshipStatus } from "../../world/access";
import type { AccessAssignment, GdapOperation, GdapRelationship, GdapRequest, Tenant } from "../../world/types";
import { badRequest, denied, GraphError } from "../errors";
import type { EntitySpec } from "../odata/collection";
import { canManageGdap, canReadGdap } from "../roles";
import type { Call } from "../route";

const DAY = 86_400_000;
const TR = "tenantRelationships/$metadata#";

/** Same look as the etags in Microsoft's samples: W/"base64('"<hex>-0000-0200-0000-<hex>"')". */
export function newEtag(seed?: string): string {
  const hex = seed ? createHash("sha256").update(seed).digest("hex") : randomBytes(10).toString("hex");
  return `W/"${Buffer.from(`'"${hex.slice(0, 8)}-0000-0200-0000-${hex.slice(8, 20)}"'`).toString("base64")}"`;
}

/** ISO 8601 duration in days (years as 365, months as 30), or undefined when malformed. */
export function durationDays(iso: unknown): number | undefined {
  const m = typeof iso === "string" ? /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso) : null;
  if (!m || iso === "P" || iso === "PT") return undefined;
  const [, y, mo, d, h, mi, s] = m.map((x) => Number(x ?? 0));
  return y! * 365 + mo! * 30 + d! + (h! * 3600 + mi! * 60 + s!) / 86400;
}

export function requireRead(call: Call): void {
  if (!canReadGdap(call.caller)) throw denied();
}

export function requireWrite(call: Call): void {
  if (!canManageGdap(call.ctx, call.caller)) throw denied();
}

/** PATCH and DELETE take the etag the caller last read: missing → 400, stale → 412. */
export function checkIfMatch(call: Call, etag: string): void {
  const given = call.req.headers["if-match"];
  if (!given) throw badRequest("The If-Match header is required for this request.", "badRequest");
  if (given !== "*" && given !== etag) {
    throw new GraphError(412, "preconditionFailed", "The etag provided in the If-Match header does not match the current etag of the resource.");
  }
}

export function relationshipOf(call: Call): GdapRelationship {
  const id = call.params.id!.toLowerCase();
  if (!/^[0-9a-f-]{73}$/.test(id)) throw badRequest("The passed in delegatedAdminRelationshipId is invalid.", "badRequest");
  const rel = call.ctx.world.gdapRelationships.find((r) => r.id === id);
  if (!rel) throw new GraphError(404, "notFound", `The delegatedAdminRelationship '${call.params.id}' was not found.`);
  return rel;
}

/**
 * Moves asynchronous steps along the simulated clock: requests succeed once seen, and a
 * termination request completes after a minute.
 */
export function settle(ctx: SimContext, rel: GdapRelationship): void {
  const now = ctx.clock.now();
  for (const r of rel.requests) if (r.status === "created" || r.status === "pending") r.status = "succeeded";
  if (rel.status === "terminationRequested" && now - Date.parse(rel.lastModifiedDateTime) >= 60_000) {
    rel.status = "terminated";
    rel.endMs = now;
    rel.lastModifiedDateTime = ctx.clock.iso(now);
    rel.etag = newEtag();
  }
}

export function fullRelationship(ctx: SimContext, rel: GdapRelationship): Record<string, unknown> {
  settle(ctx, rel);
  const status = relationshipStatus(rel, ctx.clock.now());
  const created = Date.parse(rel.createdDateTime);
  const plannedEnd = status === "created" ? new Date(created + (durationDays(rel.duration) ?? 0) * DAY).toISOString() : null;
  return {
    id: rel.id, displayName: rel.displayName, duration: rel.duration, customer: { ...rel.customer },
    accessDetails: { unifiedRoles: rel.accessDetails.unifiedRoles.map((r) => ({ roleDefinitionId: r.roleDefinitionId })) },
    status, autoExtendDuration: rel.autoExtendDuration, createdDateTime: rel.createdDateTime,
    lastModifiedDateTime: rel.lastModifiedDateTime,
    // Microsoft's create sample shows an empty string until activation.
    activatedDateTime: rel.activatedDateTime ?? (status === "created" ? "" : null),
    endDateTime: rel.endMs !== null ? new Date(rel.endMs).toISOString() : plannedEnd,
  };
}

export const relationshipSpec = (ctx: SimContext): EntitySpec<GdapRelationship> => ({
  typeName: "microsoft.graph.delegatedAdminRelationship", resource: "DelegatedAdminRelationship", metadata: `${TR}delegatedAdminRelationships`,
  full: (r) => fullRelationship(ctx, r), annotate: (r) => ({ "@odata.type": "#microsoft.graph.delegatedAdminRelationship", "@odata.etag": r.etag }),
  props: new Set(["id", "displayName", "duration", "customer", "accessDetails", "status", "autoExtendDuration", "createdDateTime", "lastModifiedDateTime", "activatedDateTime", "endDateTime"]),
  sortable: ["id", "displayName", "duration", "status", "createdDateTime", "lastModifiedDateTime", "activatedDateTime", "endDateTime"],
  pageSize: 300, maxTop: 300,
});

export const fullAssignment = (a: AccessAssignment): Record<string, unknown> => ({
  id: a.id, status: a.status, createdDateTime: a.createdDateTime, lastModifiedDateTime: a.lastModifiedDateTime,
  accessContainer: { ...a.accessContainer }, accessDetails: { unifiedRoles: a.accessDetails.unifiedRoles.map((r) => ({ ...r })) },
});

export const assignmentSpec: EntitySpec<AccessAssignment> = {
  typeName: "microsoft.graph.delegatedAdminAccessAssignment", resource: "DelegatedAdminAccessAssignment", metadata: `${TR}accessAssignments`,
  full: fullAssignment, annotate: (a) => ({ "@odata.type": "#microsoft.graph.delegatedAdminAccessAssignment", "@odata.etag": a.etag }),
  props: new Set(["id", "status", "createdDateTime", "lastModifiedDateTime", "accessContainer", "accessDetails"]),
  sortable: ["id", "status", "createdDateTime", "lastModifiedDateTime"], pageSize: 300, maxTop: 300,
};

export const requestSpec: EntitySpec<GdapRequest> = {
  typeName: "microsoft.graph.delegatedAdminRelationshipRequest", resource: "DelegatedAdminRelationshipRequest", metadata: `${TR}requests`,
  full: (r) => ({ id: r.id, action: r.action, status: r.status, createdDateTime: r.createdDateTime, lastModifiedDateTime: r.lastModifiedDateTime }),
  annotate: () => ({ "@odata.type": "#microsoft.graph.delegatedAdminRelationshipRequest" }),
  props: new Set(["id", "action", "status", "createdDateTime", "lastModifiedDateTime"]), pageSize: 300, maxTop: 300,
};

export const operationSpec: EntitySpec<GdapOperation> = {
  typeName: "microsoft.graph.delegatedAdminRelationshipOperation", resource: "DelegatedAdminRelationshipOperation", metadata: `${TR}operations`,
  full: (o) => ({ id: o.id, operationType: o.operationType, data: o.data, status: o.status, createdDateTime: o.createdDateTime, lastModifiedDateTime: o.lastModifiedDateTime }),
  annotate: (o) => ({ "@odata.type": "#microsoft.graph.delegatedAdminRelationshipOperation", "@odata.etag": newEtag(o.id) }),
  props: new Set(["id", "operationType", "data", "status", "createdDateTime", "lastModifiedDateTime"]), pageSize: 300, maxTop: 300,
};

/** Customers the partner can currently administer: those with a live relationship. */
export function customersOf(ctx: SimContext): Tenant[] {
  const live = new Set(["active", "expiring", "activating", "terminationRequested"]);
  const ids = new Set(ctx.world.gdapRelationships.filter((r) => live.has(relationshipStatus(r, ctx.clock.now()))).map((r) => r.customer.tenantId));
  return ctx.world.customers.filter((t) => ids.has(t.id));
}
