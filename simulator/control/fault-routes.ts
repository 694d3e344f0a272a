import type { FastifyInstance } from "fastify";
import type { SimContext } from "../core/context";
import { faultRuleSchema } from "../core/faults";
import { notFound, parse } from "./http";

/** Injected faults: latency, throttling, 5xx, hangs, AADSTS errors, per host/tenant/operation. */
export function faultRoutes(app: FastifyInstance, ctx: SimContext): void {
  app.get("/faults", { config: { op: "control.faults.list" } }, async () => ({ faults: ctx.faults.list() }));

  app.post("/faults", { config: { op: "control.faults.add" } }, async (req, reply) => {
    const rule = ctx.faults.add(parse(faultRuleSchema, req.body));
    return reply.code(201).send(rule);
  });

  app.delete<{ Params: { id: string } }>("/faults/:id", { config: { op: "control.faults.delete" } }, async (req, reply) => {
    if (!ctx.faults.remove(req.params.id)) throw notFound("fault", req.params.id);
    return reply.code(204).send();
  });

  app.delete("/faults", { config: { op: "control.faults.clear" } }, async () => {
    const removed = ctx.faults.list().length;
    ctx.faults.clear();
    return { removed };
  });
}
