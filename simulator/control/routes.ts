import type { FastifyInstance } from "fastify";
import type { SimContext } from "../core/context";
import { worldSummary } from "./world-summary";

/** Loopback-only control API: inspect and steer the simulated cloud. */
export async function controlRoutes(app: FastifyInstance, ctx: SimContext): Promise<void> {
  app.get("/world", { config: { op: "control.world" } }, async () => worldSummary(ctx));
}
