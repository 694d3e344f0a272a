import type { SimContext } from "../core/context";
import type { TokenClaims } from "../core/tokens";
import { RESOURCE, type ResourceKey } from "../world/catalog";
import { homeRoles, partnerAccess } from "../world/access";
import type { AppRegistration, Tenant, User } from "../world/types";

/** Microsoft randomises access-token lifetimes between 60 and 90 minutes. */
export function accessTokenLifetime(): number {
  return 3600 + Math.floor(Math.random() * 1800);
}

export function issuer(base: string, tenantId: string): string {
  return `${base}/${tenantId}/v2.0`;
}

/**
 * Claims of a delegated access token for `user` (homed in `home`) at `target`.
 * wids carry the directory roles the user holds there: own roles at home, GDAP/DAP roles abroad.
 */
export function delegatedClaims(ctx: SimContext, o: {
  base: string; user: User; home: Tenant; target: Tenant; resource: ResourceKey; scopes: string; app: AppRegistration;
}): Omit<TokenClaims, "iat" | "nbf" | "exp"> {
  const foreign = o.home.id !== o.target.id;
  const wids = foreign ? [...partnerAccess(ctx.world, o.user.id, o.target, ctx.clock.now()).roleTemplateIds] : [...homeRoles(o.home, o.user)];
  return {
    aud: RESOURCE[o.resource].audience,
    iss: issuer(o.base, o.target.id),
    tid: o.target.id,
    oid: o.user.id,
    sub: o.user.id,
    upn: o.user.userPrincipalName,
    preferred_username: o.user.userPrincipalName,
    name: o.user.displayName,
    scp: o.scopes,
    wids,
    azp: o.app.appId,
    appid: o.app.appId,
    idtyp: "user",
    amr: ["pwd", "mfa"],
    ...(foreign ? { idp: issuer(o.base, o.home.id) } : {}),
    ver: "2.0",
  };
}

/** Claims of an app-only (client credentials) token. */
export function appClaims(o: { base: string; target: Tenant; resource: ResourceKey; roles: string[]; app: AppRegistration }): Omit<TokenClaims, "iat" | "nbf" | "exp"> {
  return {
    aud: RESOURCE[o.resource].audience,
    iss: issuer(o.base, o.target.id),
    tid: o.target.id,
    oid: `sp-${o.app.appId}`,
    sub: `sp-${o.app.appId}`,
    roles: o.roles,
    azp: o.app.appId,
    appid: o.app.appId,
    idtyp: "app",
    ver: "2.0",
  };
}
