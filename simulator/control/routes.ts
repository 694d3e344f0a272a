import type { FastifyInstance } from "fastify";
import type { SimContext } from "../core/context";
import { faultRoutes } from "./fault-routes";
import { controlErrors } from "./http";
import { identityRoutes } from "./identity-routes";
import { logRoutes } from "./log-routes";
import { tenantRoutes } from "./tenant-routes";
import { worldRoutes } from "./world-routes";

/** Loopback-only control API (server.ts refuses other callers): inspect and steer the simulated cloud. */
export async function controlRoutes(app: FastifyInstance, ctx: SimContext): Promise<void> {
  controlErrors(app);
  worldRoutes(app, ctx);
  identityRoutes(app, ctx);
  tenantRoutes(app, ctx);
  logRoutes(app, ctx);
  faultRoutes(app, ctx);
}
