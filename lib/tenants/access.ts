import type { Actor } from "../auth/actor";
import { getPrisma } from "../db/client";
import { env } from "../env";
import { getTokenBroker } from "../microsoft/broker";
import { endpointsFromEnv } from "../microsoft/endpoints";
import type { TenantsDeps } from "./deps";
import { tenantScopeFor as storedScopeFor } from "../authz/scope";
import type { TenantScope } from "./scope";

// Server-only wiring for the /api/v1/tenants routes.

/** The tenants this caller may see: the per-technician scope stored on their AppUser (lib/authz). */
export function tenantScopeFor(actor: Actor): Promise<TenantScope> {
  return storedScopeFor(getPrisma(), actor);
}

export function appTenantsDeps(): TenantsDeps {
  return { prisma: getPrisma(), broker: getTokenBroker(), endpoints: endpointsFromEnv(env()) };
}
