import type { HostResponse } from "../core/host";
import { deviceByCode } from "./device-store";
import { issueDelegated } from "./issue";
import { fail, tokenError } from "./respond";
import { hasOidc, parseScopes } from "./scopes";
import type { TokenCall } from "./token";
import { userById } from "./users";

/**
 * grant_type=urn:ietf:params:oauth:grant-type:device_code polling: authorization_pending (70016)
 * until the user acts, then tokens, authorization_declined, or expired_token (70019) after 15 minutes.
 */
export async function deviceCodeGrant({ ctx, req, body, app }: TokenCall): Promise<HostResponse> {
  const err = (code: number, vars?: Record<string, string>, error?: string) => tokenError(ctx, req, fail(code, vars, error ? { error } : {}));
  if (!body.device_code) return err(900144, { name: "device_code" });
  const auth = deviceByCode(ctx, body.device_code);
  if (!auth) return err(70018);
  if (auth.clientId.toLowerCase() !== app.appId.toLowerCase()) return err(70000, { grant: "device_code" });
  if (auth.status === "redeemed") return err(70000, { grant: "device_code" });
  if (auth.expiresAt < ctx.clock.now()) return err(70019);
  if (auth.status === "pending") return err(70016);
  if (auth.status === "declined") return err(65004, {}, "authorization_declined");
  auth.status = "redeemed";
  const who = auth.oid && auth.homeId ? userById(ctx, auth.homeId, auth.oid) : undefined;
  const target = auth.targetId ? ctx.world.tenantsById.get(auth.targetId) : who?.home;
  if (!who || !target) return err(70000, { grant: "device_code" });
  const parsed = parseScopes(auth.scope, target.displayName);
  if (!parsed.ok) return tokenError(ctx, req, parsed.failure);
  return issueDelegated(ctx, req, {
    app, who, target, scopes: parsed.value, consent: auth.scope,
    clientInfo: body.client_info === "1", refresh: hasOidc(auth.scope, "offline_access"),
  });
}
