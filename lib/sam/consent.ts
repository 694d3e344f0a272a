import { randomBytes } from "node:crypto";
import { CryptoProvider } from "@azure/msal-node";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { toConfiguredUrl } from "../microsoft/endpoints";
import { storedPartnerClient } from "../microsoft/partner-app";
import { SAM_SIGN_IN_SCOPES } from "../microsoft/resources";
import { fromMsalError } from "../microsoft/translate";
import { SAM_REFRESH_TOKEN } from "../secrets/store";
import { auditSam } from "./audit";
import { connectFailure } from "./connect-errors";
import { CONSENT_TTL_SECONDS, openConsentState, sealConsentState } from "./consent-cookie";
import { SINGLETON, type SamDeps } from "./deps";

/**
 * "Connect as partner admin", first leg: an authorization-code + PKCE (S256) request with
 * prompt=login (a fresh, MFA'd sign-in, never a lingering session). Returns the browser URL on
 * the configured identity host and the sealed cookie that remembers verifier, state and nonce.
 */
export async function beginConsent(deps: SamDeps, actor: Actor): Promise<{ url: string; cookie: string }> {
  const app = await storedPartnerClient(deps.store, deps.endpoints);
  if (!app) throw connectFailure("not_registered");
  const { verifier, challenge } = await new CryptoProvider().generatePkceCodes();
  const state = randomBytes(24).toString("base64url");
  const nonce = randomBytes(24).toString("base64url");
  const url = await app.client.getAuthCodeUrl({
    scopes: SAM_SIGN_IN_SCOPES, redirectUri: deps.redirectUri, responseMode: "query",
    codeChallenge: challenge, codeChallengeMethod: "S256", state, nonce, prompt: "login",
  });
  const expiresAt = (deps.now?.() ?? new Date()).getTime() + CONSENT_TTL_SECONDS * 1000;
  return { url: toConfiguredUrl(url, deps.endpoints), cookie: sealConsentState({ verifier, state, nonce, actorId: actor.id, expiresAt }, deps.keyring()) };
}

/**
 * The callback: checks state and who started it, redeems the code (msal checks the nonce),
 * keeps the refresh token from the token response and stores it encrypted. The partner admin must
 * be from the partner tenant. Failures are audited and thrown as AppError for the wizard.
 */
export async function completeConsent(deps: SamDeps, actor: Actor, query: URLSearchParams, cookie: string | undefined): Promise<{ upn: string }> {
  try {
    return await redeem(deps, actor, query, cookie);
  } catch (e) {
    const err = e instanceof AppError ? e : fromMsalError(e);
    await auditSam(deps.prisma, actor, "sam.connect_failed", "failed", { code: err.code, reason: err.upstream?.code ?? null });
    throw err;
  }
}

async function redeem(deps: SamDeps, actor: Actor, query: URLSearchParams, cookie: string | undefined): Promise<{ upn: string }> {
  const saved = openConsentState(cookie, deps.keyring(), (deps.now?.() ?? new Date()).getTime());
  const state = query.get("state");
  if (!saved || !state || state !== saved.state || saved.actorId !== actor.id) throw connectFailure("expired");
  const error = query.get("error");
  if (error) {
    const aadsts = /AADSTS(\d+)/.exec(query.get("error_description") ?? "")?.[1];
    if (error === "access_denied" || aadsts === "65004") throw connectFailure("declined");
    throw fromMsalError({ errorNo: aadsts, errorCode: error });
  }
  const code = query.get("code");
  if (!code) throw connectFailure("expired");
  let refreshToken: string | undefined;
  const app = await storedPartnerClient(deps.store, deps.endpoints, (rt) => (refreshToken = rt));
  if (!app) throw connectFailure("not_registered");
  const result = await app.client.acquireTokenByCode(
    { code, scopes: SAM_SIGN_IN_SCOPES, redirectUri: deps.redirectUri, codeVerifier: saved.verifier, nonce: saved.nonce, state },
    { code, state, client_info: query.get("client_info") ?? undefined },
  );
  const claims = (result.idTokenClaims ?? {}) as { tid?: string; preferred_username?: string; upn?: string };
  if (claims.tid?.toLowerCase() !== app.partnerTenantId.toLowerCase()) throw connectFailure("wrong_tenant");
  if (!refreshToken) throw connectFailure("no_refresh_token");
  const upn = claims.preferred_username ?? claims.upn ?? result.account?.username ?? "unknown";
  // Unconditional write: a fresh consent always wins over any rotation still in flight.
  const secret = await deps.secrets.putSecret(SAM_REFRESH_TOKEN, refreshToken);
  const now = deps.now?.() ?? new Date();
  await deps.prisma.samConnection.update({
    where: SINGLETON,
    data: {
      status: "connected", refreshTokenSecretId: secret.id, connectedByUpn: upn, connectedAt: now, refreshTokenIssuedAt: now,
      lastRefreshAt: now, lastRefreshErrorCode: null, lastRefreshErrorMsg: null, lastRefreshErrorAt: null,
    },
  });
  deps.broker.invalidate();
  await auditSam(deps.prisma, actor, "sam.connected", "succeeded", { upn, partnerTenantId: app.partnerTenantId });
  return { upn };
}
