import type { FastifyInstance, FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import type { HostResponse } from "../core/host";
import type { AppRegistration } from "../world/types";
import { authenticateClient, clientCredentials, findApp } from "./apps";
import { authorizationCodeGrant } from "./grant-code";
import { clientCredentialsGrant } from "./grant-client";
import { deviceCodeGrant } from "./grant-device";
import { refreshTokenGrant } from "./grant-refresh";
import { fail, tokenError } from "./respond";
import { flat, pathTenant, type Params, type PathTenant } from "./tenant";

export const DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

/** Everything a grant handler needs once the tenant and the client are settled. */
export interface TokenCall {
  ctx: SimContext;
  req: FastifyRequest;
  body: Params;
  pt: Exclude<PathTenant, { kind: "unknown" }>;
  app: AppRegistration;
  /** display name used in messages for the path tenant */
  tenantName: string;
}

type Grant = (c: TokenCall) => Promise<HostResponse>;

const GRANTS: Record<string, Grant> = {
  authorization_code: authorizationCodeGrant,
  refresh_token: refreshTokenGrant,
  client_credentials: clientCredentialsGrant,
  [DEVICE_CODE_GRANT]: deviceCodeGrant,
};

/**
 * POST /{tenant}/oauth2/v2.0/token. Order of checks as the service shows them: tenant (90002),
 * grant type, client (700016), client authentication (7000218/7000215/7000222), then the grant.
 */
export async function tokenEndpoint(ctx: SimContext, req: FastifyRequest, body: Params): Promise<HostResponse> {
  const pt = pathTenant(ctx, (req.params as { tenant: string }).tenant);
  if (pt.kind === "unknown") return tokenError(ctx, req, fail(90002, { tenant: pt.name }));
  const tenantName = pt.kind === "tenant" ? pt.tenant.displayName : pt.name;
  if (!body.grant_type) return tokenError(ctx, req, fail(900144, { name: "grant_type" }));
  const grant = GRANTS[body.grant_type];
  if (!grant) return tokenError(ctx, req, fail(70003, { grantType: body.grant_type }));
  const { clientId, secret } = clientCredentials(req, body);
  if (!clientId) return tokenError(ctx, req, fail(900144, { name: "client_id" }));
  const app = findApp(ctx, clientId);
  if (!app) return tokenError(ctx, req, fail(700016, { appId: clientId, tenantName }));
  // Device code is a public-client flow: a secret is checked when sent, not required.
  if (secret || body.grant_type !== DEVICE_CODE_GRANT) {
    const bad = authenticateClient(ctx, app, secret);
    if (bad) return tokenError(ctx, req, bad);
  }
  return grant({ ctx, req, body, pt, app, tenantName });
}

export async function tokenRoutes(app: FastifyInstance, ctx: SimContext): Promise<void> {
  app.post("/:tenant/oauth2/v2.0/token", { config: { op: "identity.token" } }, async (req, reply) => {
    const r = await tokenEndpoint(ctx, req, flat(req.body));
    return reply.code(r.status).headers(r.headers ?? {}).send(r.body);
  });
  app.get("/:tenant/oauth2/v2.0/token", { config: { op: "identity.token" } }, async (req, reply) => {
    const r = tokenError(ctx, req, fail(900561));
    return reply.code(r.status).headers(r.headers ?? {}).send(r.body);
  });
}
