import type { HostResponse } from "../core/host";
import { appAccess } from "./access";
import { accessTokenLifetime, appClaims } from "./claims";
import { fail, tokenError, tokenSuccess } from "./respond";
import { parseScopes } from "./scopes";
import { identityBase } from "./tenant";
import type { TokenCall } from "./token";

/**
 * grant_type=client_credentials: one resource, `/.default` only, at a named tenant. Outside the
 * app's own tenant the app exists only where a consent created it (else 700016); its roles are
 * what that consent grants for the resource.
 */
export async function clientCredentialsGrant({ ctx, req, body, pt, app }: TokenCall): Promise<HostResponse> {
  if (pt.kind !== "tenant") return tokenError(ctx, req, fail(9001023));
  const target = pt.tenant;
  if (!body.scope) return tokenError(ctx, req, fail(900144, { name: "scope" }));
  const parsed = parseScopes(body.scope, target.displayName);
  if (!parsed.ok) return tokenError(ctx, req, parsed.failure);
  if (parsed.value.resourceCount > 1) return tokenError(ctx, req, fail(700022, { scope: body.scope }));
  if (!parsed.value.isDefault) return tokenError(ctx, req, fail(1002012, { scope: body.scope }));
  const access = appAccess(ctx, app, target, parsed.value.resource);
  if (!access.ok) return tokenError(ctx, req, access.failure);
  const lifetime = accessTokenLifetime();
  const token = await ctx.tokens.sign(appClaims({ base: identityBase(req), target, resource: parsed.value.resource, roles: access.roles, app }), lifetime);
  return tokenSuccess({ token_type: "Bearer", expires_in: lifetime, ext_expires_in: lifetime, access_token: token });
}
