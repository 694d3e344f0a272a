import type { HostResponse } from "../core/host";
import { issueDelegated } from "./issue";
import { openRefresh } from "./refresh";
import { fail, tokenError } from "./respond";
import { parseScopes } from "./scopes";
import type { TokenCall } from "./token";

/**
 * grant_type=refresh_token. At a tenant's endpoint the token is for that tenant (the SAM pattern:
 * a partner user's token redeemed at each customer); at common/organizations for the user's home.
 * Every redemption returns a new refresh token; the presented one stays valid.
 */
export async function refreshTokenGrant({ ctx, req, body, pt, app }: TokenCall): Promise<HostResponse> {
  if (!body.refresh_token) return tokenError(ctx, req, fail(900144, { name: "refresh_token" }));
  const opened = openRefresh(ctx, body.refresh_token, app);
  if (!opened.ok) return tokenError(ctx, req, opened.failure);
  const target = pt.kind === "tenant" ? pt.tenant : opened.who.home;
  const parsed = parseScopes(body.scope?.trim() || opened.payload.scp, target.displayName);
  if (!parsed.ok) return tokenError(ctx, req, parsed.failure);
  return issueDelegated(ctx, req, {
    app, who: opened.who, target, scopes: parsed.value, consent: opened.payload.scp,
    clientInfo: body.client_info === "1", refresh: true,
  });
}
