import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SimContext } from "../core/context";
import { findTenant } from "../world/access";
import { parse } from "./http";

const querySchema = z.strictObject({
  host: z.enum(["identity", "graph", "partner-center", "exchange", "control"]).optional(),
  /** operation or prefix: `graph.users` matches `graph.users.list` */
  op: z.string().min(1).optional(),
  /** tenant id or any of its domains */
  tenant: z.string().min(1).optional(),
  /** only entries after this sequence number (a previous answer's lastSeq) */
  since: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(50_000).optional(),
});

/**
 * The request log, for tests that count upstream calls. Control-API calls are left out unless
 * asked for with `host=control`, so counts mean "what the app sent to Microsoft".
 */
export function logRoutes(app: FastifyInstance, ctx: SimContext): void {
  const select = (query: unknown) => {
    const q = parse(querySchema, query);
    const tenant = q.tenant ? findTenant(ctx.world, q.tenant)?.id ?? q.tenant : undefined;
    const entries = ctx.log.query({ host: q.host, op: q.op, tenant, sinceSeq: q.since });
    const upstream = q.host ? entries : entries.filter((e) => e.host !== "control");
    return { entries: q.limit ? upstream.slice(-q.limit) : upstream, total: upstream.length };
  };

  app.get("/requests", { config: { op: "control.requests" } }, async (req) => {
    const lastSeq = ctx.log.lastSeq;
    return { entries: select(req.query).entries, lastSeq };
  });

  app.get("/requests/count", { config: { op: "control.requests.count" } }, async (req) => ({ count: select(req.query).total, lastSeq: ctx.log.lastSeq }));

  app.delete("/requests", { config: { op: "control.requests.clear" } }, async (_req, reply) => {
    ctx.log.clear();
    return reply.code(204).send();
  });
}
