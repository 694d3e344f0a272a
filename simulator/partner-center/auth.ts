import type { FastifyRequest } from "fastify";
import { authenticate } from "../core/bearer";
import type { SimContext } from "../core/context";
import type { TokenClaims } from "../core/tokens";
import { ROLE } from "../world/catalog";
import { homeRoles } from "../world/access";
import type { User } from "../world/types";
import { pcErrors } from "./errors";

export interface PartnerCaller {
  claims: TokenClaims;
  /** absent for app-only tokens */
  user?: User;
}

/**
 * Partner Center is called as the partner: a token for its audience issued by the partner
 * tenant. App+user tokens must carry MFA; writes need an admin agent (AdminAgents member or
 * Global Administrator of the partner tenant). Throws PcError.
 */
export async function partnerCaller(req: FastifyRequest, ctx: SimContext, need: "read" | "write"): Promise<PartnerCaller> {
  const auth = await authenticate(req, ctx, "partnerCenter");
  if (!auth.ok) throw auth.problem === "missing" ? pcErrors.tokenMissing() : pcErrors.accessDenied(auth.message);
  const { claims } = auth;
  const partner = ctx.world.partner;
  if (claims.tid !== partner.id) throw pcErrors.accessDenied(`tenant '${claims.tid}' is not a partner tenant.`);
  if (claims.idtyp === "app") {
    if (need === "write") throw pcErrors.forbidden("application consents need app+user authentication.");
    return { claims };
  }
  if (!claims.amr?.includes("mfa")) throw pcErrors.mfaRequired();
  const user = claims.oid ? partner.directory.users.get(claims.oid) : undefined;
  if (!user || !user.accountEnabled) throw pcErrors.accessDenied("the signed-in user is not an active user of the partner tenant.");
  if (need === "write" && !isAdminAgent(ctx, user)) {
    throw pcErrors.forbidden(`${user.userPrincipalName} is neither an admin agent nor a Global Administrator of the partner tenant.`);
  }
  return { claims, user };
}

function isAdminAgent(ctx: SimContext, user: User): boolean {
  const w = ctx.world;
  const adminAgents = w.partner.directory.groups.get(w.partnerGroups.adminAgents!);
  return !!adminAgents?.members.has(user.id) || homeRoles(w.partner, user).has(ROLE.globalAdministrator);
}
