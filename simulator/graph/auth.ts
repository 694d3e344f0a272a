import type { FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import { authenticate, type BearerProblem } from "../core/bearer";
import type { TokenClaims } from "../core/tokens";
import { partnerAccess } from "../world/access";
import { RESOURCE } from "../world/catalog";
import type { Tenant, User } from "../world/types";
import { GraphError } from "./errors";

/** Who is calling, in which tenant, holding which directory roles there. */
export interface Caller {
  claims: TokenClaims;
  tenant: Tenant;
  appId: string;
  isApp: boolean;
  /** the signed-in user when their account lives in the token's tenant */
  homeUser?: User;
  /** directory role template ids effective in `tenant` */
  roles: Set<string>;
  /** application permissions of an app-only token */
  appRoles: Set<string>;
}

const MESSAGES: Record<BearerProblem, string> = {
  missing: "Access token is empty.",
  malformed: "CompactToken parsing failed with error code: 80049217",
  signature: "Access token validation failure.",
  expired: "Lifetime validation failed, the token is expired.",
  "not-yet-valid": "Access token has expired or is not yet valid.",
  audience: "Access token validation failure. Invalid audience.",
  tenant: "Access token validation failure.",
};

const WWW_AUTHENTICATE =
  `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="${RESOURCE.graph.appId}"`;

function unauthenticated(message: string, code = "InvalidAuthenticationToken"): GraphError {
  return new GraphError(401, code, message, { "WWW-Authenticate": WWW_AUTHENTICATE });
}

/**
 * Validates the bearer token (signature, lifetime on the simulated clock, audience, tenant) and
 * works out the caller's effective roles. A partner user's roles abroad are the token's wids,
 * narrowed to what GDAP/DAP grants right now, so an expired relationship stops working at once.
 */
export async function authenticateCaller(req: FastifyRequest, ctx: SimContext): Promise<Caller> {
  const r = await authenticate(req, ctx, "graph");
  if (!r.ok) throw unauthenticated(MESSAGES[r.problem]);
  const { claims, tenant } = r;
  const isApp = claims.idtyp === "app" || (!claims.scp && !!claims.roles);
  const appId = claims.appid ?? claims.azp ?? "unknown";
  if (isApp) {
    const ownApp = tenant.isPartner && ctx.world.apps.has(appId);
    if (!ownApp && !tenant.consents.has(appId)) {
      throw unauthenticated("The identity of the calling application could not be established.", "Authorization_IdentityNotFound");
    }
    return { claims, tenant, appId, isApp, roles: new Set(), appRoles: new Set(claims.roles ?? []) };
  }
  const homeUser = claims.oid ? tenant.directory.users.get(claims.oid) : undefined;
  let roles = r.roles;
  if (!homeUser) {
    const live = claims.oid ? partnerAccess(ctx.world, claims.oid, tenant, ctx.clock.now()).roleTemplateIds : new Set<string>();
    roles = new Set([...roles].filter((id) => live.has(id)));
  }
  return { claims, tenant, appId, isApp, homeUser, roles, appRoles: new Set() };
}

/** Reading the directory: members (not guests) of the tenant, callers holding a directory role there, or apps with any permission. */
export function canRead(c: Caller): boolean {
  if (c.isApp) return c.appRoles.size > 0;
  return c.roles.size > 0 || c.homeUser?.userType === "Member";
}
