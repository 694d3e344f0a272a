import { randomUUID } from "node:crypto";
import { relationshipStatus } from "../../world/access";
import { ROLE } from "../../world/catalog";
import type { GdapRelationship, GdapRequest, UnifiedRole } from "../../world/types";
import { badRequest } from "../errors";
import { collection, entity, project } from "../odata/collection";
import { route, type Call, type GraphScope } from "../route";
import { checkIfMatch, durationDays, newEtag, relationshipOf, relationshipSpec, requestSpec, requireRead, requireWrite, settle } from "./model";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const bad = (message: string) => badRequest(message, "badRequest");
const AUTO_EXTEND = new Set(["PT0S", "P0D", "P180D"]);

export function parseRoles(details: unknown): UnifiedRole[] {
  const roles = (details as { unifiedRoles?: unknown } | undefined)?.unifiedRoles;
  if (!Array.isArray(roles) || !roles.length) throw bad("accessDetails.unifiedRoles must contain at least one role.");
  return roles.map((r) => {
    const id = (r as { roleDefinitionId?: unknown })?.roleDefinitionId;
    if (typeof id !== "string" || !GUID.test(id)) throw bad(`'${String(id)}' is not a valid roleDefinitionId.`);
    return { roleDefinitionId: id.toLowerCase() };
  });
}

/** Validates the writable properties of a relationship and applies them. */
function applyBody(call: Call, rel: GdapRelationship, body: Record<string, unknown>): void {
  if (body.displayName !== undefined) {
    const name = body.displayName;
    if (typeof name !== "string" || !name.trim() || name.length > 50) throw bad("displayName must be 1 to 50 characters long.");
    const clash = call.ctx.world.gdapRelationships.some((r) => r !== rel && r.displayName.toLowerCase() === name.toLowerCase());
    if (clash) throw bad(`A relationship with the display name '${name}' already exists.`);
    rel.displayName = name;
  }
  if (body.duration !== undefined) {
    const days = durationDays(body.duration);
    if (days === undefined || days < 1 || days > 730) throw bad("duration must be an ISO 8601 duration between P1D and P2Y.");
    rel.duration = body.duration as string;
  }
  if (body.accessDetails !== undefined) rel.accessDetails = { unifiedRoles: parseRoles(body.accessDetails) };
  if (body.customer !== undefined) {
    const c = body.customer as { tenantId?: unknown; displayName?: unknown } | null;
    if (!c || typeof c.tenantId !== "string" || !GUID.test(c.tenantId)) throw bad("customer.tenantId must be a tenant id.");
    const known = call.ctx.world.tenantsById.get(c.tenantId.toLowerCase());
    rel.customer = { tenantId: c.tenantId.toLowerCase(), displayName: known?.displayName ?? String(c.displayName ?? "") };
  }
  if (body.autoExtendDuration !== undefined) {
    if (!AUTO_EXTEND.has(String(body.autoExtendDuration))) throw bad("autoExtendDuration must be PT0S, P0D or P180D.");
    rel.autoExtendDuration = body.autoExtendDuration as string;
  }
  const ga = rel.accessDetails.unifiedRoles.some((r) => r.roleDefinitionId === ROLE.globalAdministrator);
  if (ga && rel.autoExtendDuration === "P180D") throw bad("Relationships that include the Global Administrator role cannot be auto-extended.");
}

export function gdapRelationshipRoutes(s: GraphScope): void {
  const base = "/tenantRelationships/delegatedAdminRelationships";
  const own = { ownGate: true };
  const spec = (call: Call) => relationshipSpec(call.ctx);

  route(s, "GET", base, "graph.gdap.relationships.list", (call) => {
    requireRead(call);
    return collection(call, call.ctx.world.gdapRelationships, spec(call));
  }, own);

  route(s, "GET", `${base}/:id`, "graph.gdap.relationships.get", (call) => {
    requireRead(call);
    return entity(call, spec(call), relationshipOf(call));
  }, own);

  route(s, "POST", base, "graph.gdap.relationships.create", (call) => {
    requireWrite(call);
    const body = (call.body ?? {}) as Record<string, unknown>;
    for (const p of ["displayName", "duration", "accessDetails"]) if (body[p] === undefined) throw bad(`The property '${p}' is required.`);
    const now = call.ctx.clock.iso();
    const rel: GdapRelationship = {
      id: `${randomUUID()}-${randomUUID()}`, displayName: "", customer: { tenantId: "", displayName: "" }, status: "created",
      duration: "", autoExtendDuration: "PT0S", accessDetails: { unifiedRoles: [] }, createdDateTime: now, activatedDateTime: null,
      endMs: null, lastModifiedDateTime: now, etag: newEtag(), accessAssignments: [], requests: [], operations: [],
    };
    applyBody(call, rel, body);
    call.ctx.world.gdapRelationships.push(rel);
    const location = `${call.base}${base}/${rel.id}`;
    const out = { "@odata.context": `${call.base}/tenantRelationships/$metadata#delegatedAdminRelationships`, ...project(spec(call), rel) };
    return { status: 201, headers: { Location: location }, body: out };
  }, own);

  route(s, "PATCH", `${base}/:id`, "graph.gdap.relationships.update", (call) => {
    requireWrite(call);
    const rel = relationshipOf(call);
    checkIfMatch(call, rel.etag);
    const body = (call.body ?? {}) as Record<string, unknown>;
    const status = relationshipStatus(rel, call.ctx.clock.now());
    const onlyAutoExtend = Object.keys(body).every((k) => k === "autoExtendDuration");
    if (status !== "created" && !(onlyAutoExtend && (status === "active" || status === "expiring"))) {
      throw bad(`The relationship cannot be updated while its status is '${status}'.`);
    }
    applyBody(call, rel, body);
    rel.lastModifiedDateTime = call.ctx.clock.iso();
    rel.etag = newEtag();
    return entity(call, spec(call), rel);
  }, own);

  route(s, "DELETE", `${base}/:id`, "graph.gdap.relationships.delete", (call) => {
    requireWrite(call);
    const rel = relationshipOf(call);
    checkIfMatch(call, rel.etag);
    if (rel.status !== "created") throw bad(`Only relationships in the 'created' status can be deleted; this one is '${relationshipStatus(rel, call.ctx.clock.now())}'.`);
    call.ctx.world.gdapRelationships.splice(call.ctx.world.gdapRelationships.indexOf(rel), 1);
    return { status: 204 };
  }, own);

  route(s, "GET", `${base}/:id/requests`, "graph.gdap.requests.list", (call) => {
    requireRead(call);
    const rel = relationshipOf(call);
    settle(call.ctx, rel);
    return collection(call, rel.requests, requestSpec);
  }, own);

  route(s, "POST", `${base}/:id/requests`, "graph.gdap.requests.create", (call) => {
    requireWrite(call);
    const rel = relationshipOf(call);
    const action = (call.body as { action?: unknown } | undefined)?.action;
    const status = relationshipStatus(rel, call.ctx.clock.now());
    const now = call.ctx.clock.iso();
    if (action === "lockForApproval") {
      if (status !== "created") throw bad(`lockForApproval is only allowed while the relationship is 'created'; it is '${status}'.`);
      rel.status = "approvalPending";
    } else if (action === "terminate") {
      if (status !== "active" && status !== "expiring") throw bad(`terminate is only allowed for an active relationship; it is '${status}'.`);
      rel.status = "terminationRequested";
    } else if (action === "approve" || action === "reject") {
      throw bad(`The action '${action}' is only available to an indirect reseller for relationships created by its indirect provider.`);
    } else {
      throw bad(`'${String(action)}' is not a valid delegatedAdminRelationshipRequestAction.`);
    }
    rel.lastModifiedDateTime = now;
    rel.etag = newEtag();
    const req: GdapRequest = { id: randomUUID(), action, status: "created", createdDateTime: now, lastModifiedDateTime: now };
    const body = { "@odata.context": `${call.base}/tenantRelationships/$metadata#requests`, ...project(requestSpec, req) };
    rel.requests.push(req);
    return { status: 201, headers: { Location: `${call.base}${base}/${rel.id}/requests/${req.id}` }, body };
  }, own);

  route(s, "GET", `${base}/:id/requests/:requestId`, "graph.gdap.requests.get", (call) => {
    requireRead(call);
    const rel = relationshipOf(call);
    settle(call.ctx, rel);
    const req = rel.requests.find((r) => r.id === call.params.requestId);
    if (!req) throw badRequest("The passed in delegatedAdminRelationshipRequestId is invalid.", "badRequest");
    return entity(call, requestSpec, req);
  }, own);
}
