import { createHash } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import type { HostResponse } from "../core/host";
import type { AppRegistration, Tenant } from "../world/types";
import { delegatedAccess } from "./access";
import { accessTokenLifetime, delegatedClaims, issuer } from "./claims";
import { sealRefresh } from "./refresh";
import { tokenError, tokenSuccess } from "./respond";
import { responseScope, type ScopeRequest } from "./scopes";
import { identityBase } from "./tenant";
import type { SignInUser } from "./users";

const ID_TOKEN_LIFETIME = 3600;

export interface DelegatedIssue {
  app: AppRegistration;
  who: SignInUser;
  target: Tenant;
  scopes: ScopeRequest;
  /** consent to record in the new refresh token (and check against) */
  consent: string;
  nonce?: string;
  clientInfo: boolean;
  refresh: boolean;
}

/** Runs the access rules, then answers with the token set Microsoft returns for a user. */
export async function issueDelegated(ctx: SimContext, req: FastifyRequest, o: DelegatedIssue): Promise<HostResponse> {
  const { app, who, target, scopes } = o;
  const decision = delegatedAccess(ctx, { app, user: who.user, home: who.home, target, scopes, consent: o.consent });
  if (!decision.ok) return tokenError(ctx, req, decision.failure);
  const base = identityBase(req);
  const lifetime = accessTokenLifetime();
  const oidcScp = [...scopes.oidc].filter((s) => s !== "offline_access");
  const scp = decision.scp.length ? decision.scp : oidcScp;
  const accessToken = await ctx.tokens.sign(
    delegatedClaims(ctx, { base, user: who.user, home: who.home, target, resource: scopes.resource, scopes: scp.join(" "), app }),
    lifetime,
  );
  const body: Record<string, unknown> = {
    token_type: "Bearer",
    scope: responseScope(scopes.resource, decision.scp, scopes.oidc),
    expires_in: lifetime,
    ext_expires_in: lifetime,
    access_token: accessToken,
  };
  if (o.refresh) body.refresh_token = sealRefresh(ctx, who, app, o.consent);
  if (scopes.oidc.has("openid")) body.id_token = await idToken(ctx, base, o);
  if (o.clientInfo) body.client_info = clientInfo(who);
  return tokenSuccess(body);
}

/** base64url {"uid","utid"}: the user's object id and home tenant, whatever tenant the token is for. */
export function clientInfo(who: SignInUser): string {
  return Buffer.from(JSON.stringify({ uid: who.user.id, utid: who.home.id })).toString("base64url");
}

/** The id_token: audience is the client, issuer and tid the tenant signed in to. */
export function idToken(ctx: SimContext, base: string, o: Pick<DelegatedIssue, "app" | "who" | "target" | "scopes" | "nonce">): Promise<string> {
  const { app, who, target } = o;
  const groups = app.groupMembershipClaims === "SecurityGroup" && target.id === who.home.id
    ? [...who.home.directory.groups.values()].filter((g) => g.securityEnabled && g.members.has(who.user.id)).map((g) => g.id)
    : undefined;
  return ctx.tokens.sign({
    aud: app.appId,
    iss: issuer(base, target.id),
    tid: target.id,
    oid: who.user.id,
    sub: pairwiseSubject(who.user.id, app.appId),
    name: who.user.displayName,
    preferred_username: who.user.userPrincipalName,
    ...(o.scopes.oidc.has("email") && who.user.mail ? { email: who.user.mail } : {}),
    ...(o.nonce ? { nonce: o.nonce } : {}),
    ...(groups ? { groups } : {}),
    ...(target.id !== who.home.id ? { idp: `https://sts.windows.net/${who.home.id}/` } : {}),
    amr: ["pwd", "mfa"],
    ver: "2.0",
  }, ID_TOKEN_LIFETIME);
}

/** v2 id_tokens carry a subject that is unique per user and application. */
function pairwiseSubject(oid: string, appId: string): string {
  return createHash("sha256").update(`${oid}:${appId}`).digest("base64url").slice(0, 43);
}
