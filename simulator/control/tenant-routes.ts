import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SimContext } from "../core/context";
import { Rng } from "../core/random";
import { findTenant, relationshipStatus } from "../world/access";
import { etag } from "../world/gdap";
import { ControlError, notFound, parse } from "./http";
import { gdapSummary } from "./tenant-detail";

const caSchema = z.strictObject({ blocksPartnerUsers: z.boolean() });

/** ISO 8601 duration to ms (GDAP durations are days, e.g. P730D; Y and M are taken as 365 and 30 days). */
export function durationMs(iso: string): number | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso);
  if (!m || iso === "P" || iso.endsWith("T")) return undefined;
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0));
  return ((((y! * 365 + mo! * 30 + w! * 7 + d!) * 24 + h!) * 60 + mi!) * 60 + s!) * 1000;
}

/** What a customer's admin does on their side: consents, Conditional Access, approving GDAP. */
export function tenantRoutes(app: FastifyInstance, ctx: SimContext): void {
  const tenantOf = (id: string) => {
    const t = findTenant(ctx.world, id);
    if (!t) throw notFound("tenant", id);
    return t;
  };

  app.delete<{ Params: { tenantId: string; appId: string } }>("/tenants/:tenantId/consents/:appId", { config: { op: "control.tenants.consents.delete" } }, async (req, reply) => {
    const tenant = tenantOf(req.params.tenantId);
    const key = [...tenant.consents.keys()].find((k) => k.toLowerCase() === req.params.appId.toLowerCase());
    if (!key) throw notFound(`consent in tenant ${tenant.id} for application`, req.params.appId);
    tenant.consents.delete(key);
    return reply.code(204).send();
  });

  app.post<{ Params: { tenantId: string } }>("/tenants/:tenantId/conditional-access", { config: { op: "control.tenants.conditional-access" } }, async (req) => {
    const tenant = tenantOf(req.params.tenantId);
    const { blocksPartnerUsers } = parse(caSchema, req.body);
    tenant.blocksPartnerUsers = blocksPartnerUsers;
    return { tenantId: tenant.id, blocksPartnerUsers };
  });

  app.get("/gdap/pending", { config: { op: "control.gdap.pending" } }, async () => {
    const now = ctx.clock.now();
    const pending = ctx.world.gdapRelationships.filter((r) => relationshipStatus(r, now) === "approvalPending");
    return { relationships: pending.map((r) => gdapSummary(ctx.world, r, now)) };
  });

  // The customer's Global Administrator approves the invitation link: the relationship runs from now.
  app.post<{ Params: { id: string } }>("/gdap/:id/accept", { config: { op: "control.gdap.accept" } }, async (req) => {
    const rel = ctx.world.gdapRelationships.find((r) => r.id.toLowerCase() === req.params.id.toLowerCase());
    if (!rel) throw notFound("GDAP relationship", req.params.id);
    const now = ctx.clock.now();
    const status = relationshipStatus(rel, now);
    if (status !== "approvalPending") {
      throw new ControlError(409, "invalid_state", `Relationship ${rel.id} is ${status}; only an approvalPending relationship can be accepted.`);
    }
    const length = durationMs(rel.duration);
    if (length === undefined) throw new ControlError(409, "invalid_state", `Relationship ${rel.id} has an unreadable duration '${rel.duration}'.`);
    const at = ctx.clock.iso(now);
    const rng = new Rng(randomUUID());
    rel.status = "active";
    rel.activatedDateTime = at;
    rel.endMs = now + length;
    rel.lastModifiedDateTime = at;
    rel.etag = etag(rng);
    for (const a of rel.accessAssignments) {
      if (a.status !== "pending") continue;
      Object.assign(a, { status: "active", lastModifiedDateTime: at, etag: etag(rng) });
    }
    rel.operations.push({
      id: randomUUID(), operationType: "delegatedAdminRelationshipUpdate", status: "succeeded",
      data: JSON.stringify({ status: "active", activatedDateTime: at }), createdDateTime: at, lastModifiedDateTime: at,
    });
    return gdapSummary(ctx.world, rel, now);
  });
}
