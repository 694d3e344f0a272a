import { timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import type { ResourceKey } from "../world/catalog";
import type { AppRegistration, Tenant } from "../world/types";
import { fail, type Failure } from "./respond";

/**
 * What the app registrations ask for (their "API permissions" blade). The world's apps live in
 * the partner tenant; there a signed-in user's consent covers these, whatever subset was asked.
 */
interface AppPermissions {
  delegated: Partial<Record<ResourceKey, string[]>>;
  application: Partial<Record<ResourceKey, string[]>>;
}

const SAM: AppPermissions = {
  delegated: {
    graph: ["DelegatedAdminRelationship.ReadWrite.All", "Directory.AccessAsUser.All", "User.ReadWrite.All", "Group.ReadWrite.All",
      "UserAuthenticationMethod.ReadWrite.All", "Organization.Read.All", "Domain.Read.All", "User.Read"],
    exchange: ["Exchange.Manage"],
    partnerCenter: ["user_impersonation"],
  },
  application: { graph: ["Directory.Read.All", "DelegatedAdminRelationship.ReadWrite.All"] },
};

const SIGN_IN: AppPermissions = { delegated: { graph: ["User.Read"] }, application: {} };

export function findApp(ctx: SimContext, clientId: string | undefined): AppRegistration | undefined {
  return clientId ? ctx.world.apps.get(clientId.toLowerCase()) ?? ctx.world.apps.get(clientId) : undefined;
}

export function permissionsOf(ctx: SimContext, app: AppRegistration): AppPermissions {
  return app.appId === ctx.world.samApp.appId ? SAM : app.appId === ctx.world.signInApp.appId ? SIGN_IN : { delegated: {}, application: {} };
}

/** The tenant an app registration lives in (all seeded apps are the partner's). */
export function appHome(ctx: SimContext): Tenant {
  return ctx.world.partner;
}

/** Scopes a fresh consent records when none are named (the control API's refresh tokens). */
export function defaultConsentScope(ctx: SimContext, app: AppRegistration): string {
  const first = app.appId === ctx.world.samApp.appId ? "https://graph.microsoft.com/.default" : "User.Read";
  return `${first} offline_access openid profile`;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Exact match against the registered redirect URIs, except that for loopback hosts the port is
 * ignored, as Microsoft documents for native and local development redirect URIs.
 */
export function redirectAllowed(app: AppRegistration, uri: string | undefined): boolean {
  if (!uri) return false;
  if (app.redirectUris.includes(uri)) return true;
  let given: URL;
  try {
    given = new URL(uri);
  } catch {
    return false;
  }
  if (!LOOPBACK.has(given.hostname)) return false;
  return app.redirectUris.some((r) => {
    const reg = new URL(r);
    return LOOPBACK.has(reg.hostname) && reg.hostname === given.hostname && reg.protocol === given.protocol
      && reg.pathname === given.pathname && reg.search === given.search;
  });
}

/** client_id and client_secret from the form body or an HTTP Basic header (RFC 6749 2.3.1). */
export function clientCredentials(req: FastifyRequest, body: Record<string, string>): { clientId?: string; secret?: string } {
  const header = req.headers.authorization;
  const m = header ? /^Basic\s+(\S+)$/i.exec(header) : null;
  if (m) {
    const decoded = Buffer.from(m[1]!, "base64").toString();
    const i = decoded.indexOf(":");
    if (i > 0) {
      return { clientId: decodeURIComponent(decoded.slice(0, i)), secret: decodeURIComponent(decoded.slice(i + 1)) };
    }
  }
  return { clientId: body.client_id, secret: body.client_secret };
}

/** Confidential-client authentication: missing → 7000218, wrong → 7000215, only expired matches → 7000222. */
export function authenticateClient(ctx: SimContext, app: AppRegistration, secret: string | undefined): Failure | undefined {
  if (!secret) return fail(7000218);
  const now = ctx.clock.now();
  const matching = app.passwordCredentials.filter((c) => sameSecret(c.secretText, secret));
  if (!matching.length) return fail(7000215, { appId: app.appId });
  if (!matching.some((c) => Date.parse(c.startDateTime) <= now && now < Date.parse(c.endDateTime))) return fail(7000222, { appId: app.appId });
  return undefined;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
