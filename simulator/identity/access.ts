import type { SimContext } from "../core/context";
import { stableUuid } from "../core/random";
import { partnerAccess } from "../world/access";
import { RESOURCE, type ResourceKey } from "../world/catalog";
import type { AppRegistration, Tenant, User } from "../world/types";
import { appHome, permissionsOf } from "./apps";
import { fail, type Failure } from "./respond";
import { consentFor, missingScopes, type ScopeRequest } from "./scopes";

export type Decision = { ok: true; scp: string[] } | { ok: false; failure: Failure };

export interface DelegatedRequest {
  app: AppRegistration;
  user: User;
  /** the user's home tenant */
  home: Tenant;
  /** the tenant the token is for */
  target: Tenant;
  scopes: ScopeRequest;
  /** what the user consented to interactively (the refresh token's or auth code's scopes) */
  consent: string;
}

const no = (failure: Failure): Decision => ({ ok: false, failure });

/**
 * May `user` get a delegated token for `scopes.resource` in `target` through `app`? Decided from the
 * world alone: account state, GDAP/DAP, Conditional Access and the consents present in the tenant.
 */
export function delegatedAccess(ctx: SimContext, r: DelegatedRequest): Decision {
  const { app, user, home, target, scopes } = r;
  const res = scopes.resource;
  const vars = {
    appId: app.appId, appName: app.displayName, upn: user.userPrincipalName, tenantId: target.id,
    tenantName: target.displayName, idp: `https://sts.windows.net/${home.id}/`, resource: RESOURCE[res].audience,
  };
  if (!user.accountEnabled) return no(fail(50057, vars));
  if (res === "partnerCenter" && !target.isPartner) return no(fail(500011, vars));
  if (app.signInAudience === "AzureADMyOrg" && target.id !== appHome(ctx).id) return no(fail(700016, vars));

  if (target.id !== home.id) {
    // A foreign user reaches a customer tenant only as the partner's delegated admin.
    if (!home.isPartner || partnerAccess(ctx.world, user.id, target, ctx.clock.now()).via === "none") return no(fail(50020, vars));
    if (target.blocksPartnerUsers) return no(fail(53003, vars, { claims: caClaims(ctx, target) }));
    const consent = target.consents.get(app.appId);
    if (!consent) return no(fail(90099, vars));
    if (!scopes.names.length) return { ok: true, scp: [] };
    const grant = consent.applicationGrants.find((g) => g.enterpriseApplicationId === RESOURCE[res].appId);
    if (!grant) return no(fail(65001, vars));
    return pick(scopes, splitGrant(grant.scope), vars);
  }

  if (!scopes.names.length) return { ok: true, scp: [] };
  const recorded = consentFor(r.consent, res);
  const tenantGrant = target.consents.get(app.appId)?.applicationGrants.find((g) => g.enterpriseApplicationId === RESOURCE[res].appId);
  // In the app's own tenant the user's consent covers what the registration asks for; elsewhere
  // `.default` consent does the same for the consenting user.
  const registered = target.id === appHome(ctx).id || recorded.hasDefault ? permissionsOf(ctx, app).delegated[res] ?? [] : [];
  const granted = [...registered, ...(tenantGrant ? splitGrant(tenantGrant.scope) : []), ...recorded.names];
  if (!granted.length) return no(fail(65001, vars));
  return pick(scopes, granted, vars);
}

function pick(scopes: ScopeRequest, granted: string[], vars: Record<string, string>): Decision {
  if (scopes.isDefault) return { ok: true, scp: dedupe(granted) };
  return missingScopes(scopes.names, granted).length ? no(fail(65001, vars)) : { ok: true, scp: scopes.names };
}

/** Application permissions (roles) for a client-credentials token in `target`. */
export function appAccess(ctx: SimContext, app: AppRegistration, target: Tenant, res: ResourceKey): { ok: true; roles: string[] } | { ok: false; failure: Failure } {
  const vars = { appId: app.appId, appName: app.displayName, tenantId: target.id, tenantName: target.displayName, resource: RESOURCE[res].audience };
  if (res === "partnerCenter" && !target.isPartner) return { ok: false, failure: fail(500011, vars) };
  if (target.id === appHome(ctx).id) return { ok: true, roles: permissionsOf(ctx, app).application[res] ?? [] };
  // Elsewhere the app exists only where a consent created its service principal.
  const consent = app.signInAudience === "AzureADMultipleOrgs" ? target.consents.get(app.appId) : undefined;
  if (!consent) return { ok: false, failure: fail(700016, vars) };
  const grant = consent.applicationGrants.find((g) => g.enterpriseApplicationId === RESOURCE[res].appId);
  return { ok: true, roles: grant ? dedupe(splitGrant(grant.scope).flatMap(asAppRole)) : [] };
}

const DELEGATED_ONLY = new Set(["directory.accessasuser.all", "user_impersonation", "user.read", "offline_access"]);

function asAppRole(scope: string): string[] {
  if (DELEGATED_ONLY.has(scope.toLowerCase())) return [];
  return [scope === "Exchange.Manage" ? "Exchange.ManageAsApp" : scope];
}

/** The claims challenge of a Conditional Access block: the ids of the policies that failed. */
export function caClaims(ctx: SimContext, tenant: Tenant): string {
  const policy = stableUuid(ctx.world.seed, `ca-policy:${tenant.id}`);
  return JSON.stringify({ access_token: { capolids: { essential: true, values: [policy] } } });
}

/** Partner Center grants are comma separated; tolerate spaces too. */
function splitGrant(scope: string): string[] {
  return scope.split(/[,\s]+/).filter(Boolean);
}

function dedupe(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((s) => !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()));
}
