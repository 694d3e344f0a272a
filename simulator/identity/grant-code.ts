import type { HostResponse } from "../core/host";
import { findCode, pkceMatches } from "./codes";
import { issueDelegated } from "./issue";
import { fail, tokenError } from "./respond";
import { hasOidc, parseScopes } from "./scopes";
import type { TokenCall } from "./token";
import { userById } from "./users";

/**
 * grant_type=authorization_code: the code must be this client's, unredeemed (54005), younger than
 * ten minutes (70008), redeemed at its tenant (700005) with the same redirect URI (50011) and the
 * PKCE verifier matching its challenge (501481). A code works once, whatever happens next.
 */
export async function authorizationCodeGrant({ ctx, req, body, pt, app }: TokenCall): Promise<HostResponse> {
  const err = (code: number, vars?: Record<string, string>) => tokenError(ctx, req, fail(code, vars));
  if (!body.code) return err(900144, { name: "code" });
  const entry = findCode(ctx, body.code);
  if (!entry) return err(9002313);
  if (entry.clientId.toLowerCase() !== app.appId.toLowerCase()) return err(70000, { grant: "code" });
  if (entry.redeemed) return err(54005);
  if (entry.expiresAt < ctx.clock.now()) return err(70008);
  if (pt.kind === "tenant" && pt.tenant.id !== entry.targetId) return err(700005);
  if (body.redirect_uri !== entry.redirectUri) return err(50011, { redirectUri: body.redirect_uri ?? "", appId: app.appId });
  if (!pkceMatches(entry, body.code_verifier)) return err(501481);
  entry.redeemed = true;
  const who = userById(ctx, entry.homeId, entry.oid);
  const target = ctx.world.tenantsById.get(entry.targetId);
  if (!who || !target) return err(70000, { grant: "code" });
  const parsed = parseScopes(body.scope?.trim() || entry.scope, target.displayName);
  if (!parsed.ok) return tokenError(ctx, req, parsed.failure);
  return issueDelegated(ctx, req, {
    app, who, target, scopes: parsed.value, consent: entry.scope, nonce: entry.nonce,
    clientInfo: body.client_info === "1",
    refresh: hasOidc(entry.scope, "offline_access") || parsed.value.oidc.has("offline_access"),
  });
}
