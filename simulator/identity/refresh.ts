import type { SimContext } from "../core/context";
import type { RefreshTokenPayload } from "../core/tokens";
import type { AppRegistration } from "../world/types";
import { defaultConsentScope, findApp } from "./apps";
import { fail, type Failure } from "./respond";
import { findSignInUser, issuedBeforeRevocation, userById, type SignInUser } from "./users";

const IDLE_LIMIT_SECONDS = 90 * 86_400;

/** Seals a refresh token recording who consented to what, for which client (stateless, seed-keyed). */
export function sealRefresh(ctx: SimContext, who: SignInUser, app: AppRegistration, consent: string): string {
  return ctx.tokens.sealRefreshToken({ oid: who.user.id, home: who.home.id, cid: app.appId, scp: consent, iatMs: ctx.clock.now() });
}

/**
 * Issues a refresh token as if `upn` had signed in to `clientId` and consented interactively
 * (the control API's `POST /_sim/refresh-token`). Throws for an unknown user or client.
 */
export function issueRefreshTokenFor(ctx: SimContext, upn: string, clientId: string, scope?: string): string {
  const who = findSignInUser(ctx, upn);
  if (!who) throw new Error(`No user '${upn}' in the simulated world; sign in as one of the personas (GET /_sim/world).`);
  const app = findApp(ctx, clientId);
  if (!app) throw new Error(`No application with client id '${clientId}' in the simulated world; use samApp or signInApp from GET /_sim/world.`);
  if (!who.user.accountEnabled) throw new Error(`User '${upn}' is disabled (AADSTS50057) and cannot consent.`);
  return sealRefresh(ctx, who, app, scope?.trim() || defaultConsentScope(ctx, app));
}

export type OpenedRefresh = { ok: true; payload: RefreshTokenPayload; who: SignInUser } | { ok: false; failure: Failure };

/**
 * Validates a presented refresh token for `app`: well-formed (9002313), issued to this client (70000),
 * not revoked (50173), not idle for more than 90 days on the simulated clock (700082).
 */
export function openRefresh(ctx: SimContext, token: string, app: AppRegistration): OpenedRefresh {
  const p = ctx.tokens.openRefreshToken(token);
  if (!p) return { ok: false, failure: fail(9002313) };
  if (p.cid.toLowerCase() !== app.appId.toLowerCase()) return { ok: false, failure: fail(70000, { grant: "refresh_token" }) };
  const who = userById(ctx, p.home, p.oid);
  if (!who) return { ok: false, failure: fail(50034, { upn: p.oid, tenantName: p.home }) };
  const issuedMs = p.iatMs ?? p.iat * 1000;
  const issued = new Date(issuedMs).toISOString();
  if (ctx.revokedRefreshTokens.has(p.jti) || issuedBeforeRevocation(who.user, issuedMs)) {
    return { ok: false, failure: fail(50173, { issued, validFrom: who.user.signInSessionsValidFromDateTime }) };
  }
  if (ctx.clock.nowSeconds() - p.iat > IDLE_LIMIT_SECONDS) return { ok: false, failure: fail(700082, { issued }) };
  return { ok: true, payload: p, who };
}
