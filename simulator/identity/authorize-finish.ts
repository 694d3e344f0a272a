import type { FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import type { HostResponse } from "../core/host";
import { stableUuid } from "../core/random";
import type { AppRegistration } from "../world/types";
import { delegatedAccess } from "./access";
import { issueCode } from "./codes";
import { clientInfo } from "./issue";
import { consentPage, describePermissions } from "./pages";
import { fail } from "./respond";
import { errorToClient, toClient, withCookie, type ResponseMode } from "./redirect";
import type { ScopeRequest } from "./scopes";
import { sessionCookie, type Session } from "./session";
import type { Params, PathTenant } from "./tenant";
import type { SignInUser } from "./users";

/** A validated authorize request: its parameters, client, path tenant and parsed scopes. */
export interface AuthorizeRequest {
  req: FastifyRequest;
  q: Params;
  app: AppRegistration;
  pt: PathTenant;
  scopes: ScopeRequest;
  mode: ResponseMode;
  /** where the pages post back to */
  action: string;
}

/**
 * The user is known. "ask": show the consent page unless this browser already consented to these
 * scopes (or prompt=consent); "accepted": the user pressed Accept; "silent": prompt=none.
 * Access rules run here too, so a blocked user is told at sign-in, as Microsoft does.
 */
export function finishSignIn(ctx: SimContext, a: AuthorizeRequest, who: SignInUser, session: Session, stage: "ask" | "accepted" | "silent"): HostResponse {
  const { app, q } = a;
  const target = a.pt.kind === "tenant" ? a.pt.tenant : who.home;
  let s = session;
  const back = (r: HostResponse) => withCookie(r, sessionCookie(ctx, s));
  const decision = delegatedAccess(ctx, { app, user: who.user, home: who.home, target, scopes: a.scopes, consent: q.scope! });
  if (!decision.ok) return back(errorToClient(ctx, a.req, q.redirect_uri!, a.mode, q.state, decision.failure));
  const covered = consentCovers(s.consents[app.appId], q.scope!);
  if (stage === "accepted") {
    s = { ...s, consents: { ...s.consents, [app.appId]: union(s.consents[app.appId], q.scope!) } };
  } else if (stage === "silent" && !covered) {
    return back(errorToClient(ctx, a.req, q.redirect_uri!, a.mode, q.state, fail(65001, { appId: app.appId, appName: app.displayName })));
  } else if (stage === "ask" && (q.prompt === "consent" || !covered)) {
    const hidden = Object.fromEntries(Object.entries(q));
    return back(consentPage({ action: a.action, hidden, app, upn: who.user.userPrincipalName, permissions: describePermissions(ctx, app, q.scope!) }));
  }
  const code = issueCode(ctx, {
    clientId: app.appId, redirectUri: q.redirect_uri!, oid: who.user.id, homeId: who.home.id, targetId: target.id,
    pathTenantId: a.pt.kind === "tenant" ? a.pt.tenant.id : null, scope: q.scope!, nonce: q.nonce,
    challenge: q.code_challenge, method: q.code_challenge ? (q.code_challenge_method === "S256" ? "S256" : "plain") : undefined,
  });
  return back(toClient(q.redirect_uri!, a.mode, {
    code,
    client_info: q.client_info === "1" ? clientInfo(who) : undefined,
    state: q.state,
    session_state: stableUuid(ctx.world.seed, `session:${s.oid}:${s.at}`),
  }));
}

function tokens(scope: string | undefined): string[] {
  return (scope ?? "").split(/\s+/).filter(Boolean).map((t) => t.toLowerCase());
}

function consentCovers(recorded: string | undefined, scope: string): boolean {
  const have = new Set(tokens(recorded));
  return have.size > 0 && tokens(scope).every((t) => have.has(t));
}

function union(recorded: string | undefined, scope: string): string {
  return [...new Set([...tokens(recorded), ...tokens(scope)])].join(" ");
}
