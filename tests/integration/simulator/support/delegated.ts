import type { Simulator } from "../../../../simulator/server";
import { delegatedClaims } from "../../../../simulator/identity/claims";
import type { ResourceKey } from "../../../../simulator/world/catalog";
import type { Tenant } from "../../../../simulator/world/types";
import { findUser } from "../../../../simulator/world/access";

/**
 * A delegated access token minted directly with the simulator's key, as the identity host
 * would issue it: wids are the roles the user holds in `target` (home roles or GDAP roles).
 */
export async function delegatedToken(sim: Simulator, o: {
  upn: string; target?: Tenant; resource: ResourceKey; amr?: string[]; lifetimeSeconds?: number;
}): Promise<string> {
  const w = sim.ctx.world;
  const home = [w.partner, ...w.customers].find((t) => t.domains.some((d) => o.upn.toLowerCase().endsWith(`@${d.id}`)))!;
  const user = findUser(home, o.upn)!;
  if (!user) throw new Error(`no user ${o.upn}`);
  const claims = delegatedClaims(sim.ctx, {
    base: `${sim.url}/login.microsoftonline.com`, user, home, target: o.target ?? home, resource: o.resource,
    scopes: o.resource === "exchange" ? "Exchange.Manage" : "user_impersonation", app: w.samApp,
  });
  if (o.amr) claims.amr = o.amr;
  return sim.ctx.tokens.sign(claims, o.lifetimeSeconds ?? 3600);
}

export const persona = (sim: Simulator, role: string) => sim.ctx.world.personas.find((p) => p.role === role)!.upn;
