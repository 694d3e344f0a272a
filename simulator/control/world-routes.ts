import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SimContext } from "../core/context";
import { findTenant } from "../world/access";
import { notFound, parse } from "./http";
import { tenantDetail } from "./tenant-detail";
import { worldSummary } from "./world-summary";

const resetSchema = z.strictObject({
  seed: z.string().min(1).max(200).optional(),
  tenants: z.number().int().min(0).max(100_000).optional(),
  /** injected faults survive a reset unless asked; benchmarks set them once at start */
  clearFaults: z.boolean().optional(),
});

const advanceSchema = z
  .strictObject({
    seconds: z.number().nonnegative().optional(),
    minutes: z.number().nonnegative().optional(),
    hours: z.number().nonnegative().optional(),
    days: z.number().nonnegative().optional(),
  })
  .refine((a) => Object.keys(a).length > 0, { message: "give at least one of seconds, minutes, hours, days" });

const clock = (ctx: SimContext) => ({ now: ctx.clock.iso(), offsetMs: ctx.clock.offset });

export function worldRoutes(app: FastifyInstance, ctx: SimContext): void {
  app.get("/world", { config: { op: "control.world" } }, async () => worldSummary(ctx));

  app.get<{ Params: { id: string } }>("/world/tenants/:id", { config: { op: "control.world.tenant" } }, async (req) => {
    const tenant = findTenant(ctx.world, req.params.id);
    if (!tenant) throw notFound("tenant", req.params.id);
    return tenantDetail(ctx, tenant);
  });

  // A fresh world at the real time: the clock offset, request log and revocations go with the old one.
  app.post("/reset", { config: { op: "control.reset" } }, async (req) => {
    const body = parse(resetSchema, req.body);
    ctx.clock.reset();
    ctx.reseed({ seed: body.seed ?? ctx.options.seed, tenants: body.tenants ?? ctx.options.tenants });
    ctx.log.clear();
    if (body.clearFaults) ctx.faults.clear();
    return worldSummary(ctx);
  });

  app.get("/clock", { config: { op: "control.clock" } }, async () => clock(ctx));

  app.post("/clock/advance", { config: { op: "control.clock.advance" } }, async (req) => {
    const a = parse(advanceSchema, req.body);
    const ms = Math.round(((a.days ?? 0) * 86_400 + (a.hours ?? 0) * 3_600 + (a.minutes ?? 0) * 60 + (a.seconds ?? 0)) * 1000);
    ctx.clock.advance(ms);
    return { ...clock(ctx), advancedMs: ms };
  });
}
