import { randomUUID } from "node:crypto";
import { relationshipStatus } from "../../world/access";
import type { AccessAssignment, GdapRelationship } from "../../world/types";
import { badRequest, GraphError } from "../errors";
import { collection, entity, project } from "../odata/collection";
import { route, type Call, type GraphScope } from "../route";
import { assignmentSpec, checkIfMatch, newEtag, operationSpec, relationshipOf, requireRead, requireWrite } from "./model";
import { parseRoles } from "./relationships";

const bad = (message: string) => badRequest(message, "badRequest");

function assignmentOf(call: Call, rel: GdapRelationship): AccessAssignment {
  const a = rel.accessAssignments.find((x) => x.id === call.params.assignmentId?.toLowerCase() && x.status !== "deleted");
  if (!a) throw new GraphError(404, "notFound", `The delegatedAdminAccessAssignment '${call.params.assignmentId}' was not found.`);
  return a;
}

function rolesWithin(rel: GdapRelationship, details: unknown) {
  const roles = parseRoles(details);
  const allowed = new Set(rel.accessDetails.unifiedRoles.map((r) => r.roleDefinitionId));
  const outside = roles.find((r) => !allowed.has(r.roleDefinitionId));
  if (outside) throw bad(`The role '${outside.roleDefinitionId}' is not part of the relationship's access details.`);
  return roles;
}

/** Every change to an assignment is recorded as a relationship operation, with the assignment as JSON text. */
function record(call: Call, rel: GdapRelationship, a: AccessAssignment): void {
  const now = call.ctx.clock.iso();
  rel.operations.push({
    id: randomUUID(), operationType: "delegatedAdminAccessAssignmentUpdate", status: "succeeded", createdDateTime: now, lastModifiedDateTime: now,
    data: JSON.stringify({ id: a.id, accessContainer: a.accessContainer, accessDetails: a.accessDetails, status: a.status }),
  });
}

export function gdapAssignmentRoutes(s: GraphScope): void {
  const base = "/tenantRelationships/delegatedAdminRelationships/:id";
  const own = { ownGate: true };
  const live = (rel: GdapRelationship) => rel.accessAssignments.filter((a) => a.status !== "deleted");

  route(s, "GET", `${base}/accessAssignments`, "graph.gdap.accessAssignments.list", (call) => {
    requireRead(call);
    return collection(call, live(relationshipOf(call)), assignmentSpec);
  }, own);

  route(s, "GET", `${base}/accessAssignments/:assignmentId`, "graph.gdap.accessAssignments.get", (call) => {
    requireRead(call);
    return entity(call, assignmentSpec, assignmentOf(call, relationshipOf(call)));
  }, own);

  route(s, "POST", `${base}/accessAssignments`, "graph.gdap.accessAssignments.create", (call) => {
    requireWrite(call);
    const rel = relationshipOf(call);
    const status = relationshipStatus(rel, call.ctx.clock.now());
    if (status !== "active" && status !== "expiring") throw bad(`Access assignments can only be created on an active relationship; it is '${status}'.`);
    const body = (call.body ?? {}) as { accessContainer?: { accessContainerId?: unknown; accessContainerType?: unknown }; accessDetails?: unknown };
    const container = body.accessContainer;
    const groupId = typeof container?.accessContainerId === "string" ? container.accessContainerId.toLowerCase() : "";
    const group = call.ctx.world.partner.directory.groups.get(groupId);
    if (!group || !group.securityEnabled || container?.accessContainerType !== "securityGroup") {
      throw bad("accessContainer must reference a security group in the partner tenant with accessContainerType 'securityGroup'.");
    }
    if (live(rel).some((a) => a.accessContainer.accessContainerId === groupId)) {
      throw new GraphError(409, "conflict", "An access assignment for this security group already exists on the relationship.");
    }
    const now = call.ctx.clock.iso();
    const a: AccessAssignment = {
      id: randomUUID(), accessContainer: { accessContainerId: groupId, accessContainerType: "securityGroup" },
      accessDetails: { unifiedRoles: rolesWithin(rel, body.accessDetails) }, status: "pending",
      createdDateTime: now, lastModifiedDateTime: now, etag: newEtag(),
    };
    const response = { "@odata.context": `${call.base}/tenantRelationships/$metadata#accessAssignments`, ...project(assignmentSpec, a) };
    // Microsoft provisions the group within minutes; the simulator makes it effective at once.
    a.status = "active";
    rel.accessAssignments.push(a);
    record(call, rel, a);
    return { status: 201, headers: { Location: `${call.base}/tenantRelationships/delegatedAdminRelationships/${rel.id}/accessAssignments/${a.id}` }, body: response };
  }, own);

  route(s, "PATCH", `${base}/accessAssignments/:assignmentId`, "graph.gdap.accessAssignments.update", (call) => {
    requireWrite(call);
    const rel = relationshipOf(call);
    const a = assignmentOf(call, rel);
    checkIfMatch(call, a.etag);
    const body = (call.body ?? {}) as { accessDetails?: unknown };
    if (body.accessDetails === undefined) throw bad("Only accessDetails can be updated.");
    a.accessDetails = { unifiedRoles: rolesWithin(rel, body.accessDetails) };
    a.lastModifiedDateTime = call.ctx.clock.iso();
    a.etag = newEtag();
    record(call, rel, a);
    return entity(call, assignmentSpec, a);
  }, own);

  route(s, "DELETE", `${base}/accessAssignments/:assignmentId`, "graph.gdap.accessAssignments.delete", (call) => {
    requireWrite(call);
    const rel = relationshipOf(call);
    const a = assignmentOf(call, rel);
    checkIfMatch(call, a.etag);
    a.status = "deleted";
    a.lastModifiedDateTime = call.ctx.clock.iso();
    record(call, rel, a);
    rel.accessAssignments.splice(rel.accessAssignments.indexOf(a), 1);
    return { status: 204 };
  }, own);

  route(s, "GET", `${base}/operations`, "graph.gdap.operations.list", (call) => {
    requireRead(call);
    return collection(call, relationshipOf(call).operations, operationSpec);
  }, own);

  route(s, "GET", `${base}/operations/:operationId`, "graph.gdap.operations.get", (call) => {
    requireRead(call);
    const op = relationshipOf(call).operations.find((o) => o.id === call.params.operationId);
    if (!op) throw new GraphError(404, "notFound", `The delegatedAdminRelationshipOperation '${call.params.operationId}' was not found.`);
    return entity(call, operationSpec, op);
  }, own);
}
