import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import type { HostResponse } from "../core/host";
import { fail, tokenError } from "./respond";
import { flat, IDENTITY_HOST, identityBase, pathTenant } from "./tenant";

const send = (reply: FastifyReply, r: HostResponse) => reply.code(r.status).headers(r.headers ?? {}).send(r.body);
const CACHEABLE = { "content-type": "application/json; charset=utf-8", "cache-control": "max-age=86400, private", "access-control-allow-origin": "*" };

/** OIDC discovery, signing keys and msal's instance discovery, all pointing back at the simulator. */
export async function discoveryRoutes(app: FastifyInstance, ctx: SimContext): Promise<void> {
  app.get("/:tenant/v2.0/.well-known/openid-configuration", { config: { op: "identity.openidConfiguration" } }, async (req, reply) =>
    send(reply, openidConfiguration(ctx, req)));
  app.get("/:tenant/discovery/v2.0/keys", { config: { op: "identity.keys" } }, async (_req, reply) =>
    send(reply, { status: 200, headers: CACHEABLE, body: ctx.tokens.jwks }));
  app.get("/:tenant/discovery/keys", { config: { op: "identity.keys" } }, async (_req, reply) =>
    send(reply, { status: 200, headers: CACHEABLE, body: ctx.tokens.jwks }));
  app.get("/common/discovery/instance", { config: { op: "identity.instanceDiscovery" } }, async (req, reply) =>
    send(reply, instanceDiscovery(req)));
}

function openidConfiguration(ctx: SimContext, req: FastifyRequest): HostResponse {
  const pt = pathTenant(ctx, (req.params as { tenant: string }).tenant);
  if (pt.kind === "unknown") return tokenError(ctx, req, fail(90002, { tenant: pt.name }, { error: "invalid_tenant" }));
  const base = identityBase(req);
  const origin = base.slice(0, -IDENTITY_HOST.length - 1);
  const seg = pt.kind === "tenant" ? pt.tenant.id : pt.name;
  const tid = pt.kind === "tenant" ? pt.tenant.id : "{tenantid}";
  return {
    status: 200,
    headers: CACHEABLE,
    body: {
      token_endpoint: `${base}/${seg}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ["client_secret_post", "private_key_jwt", "client_secret_basic"],
      jwks_uri: `${base}/${seg}/discovery/v2.0/keys`,
      response_modes_supported: ["query", "fragment", "form_post"],
      subject_types_supported: ["pairwise"],
      id_token_signing_alg_values_supported: ["RS256"],
      response_types_supported: ["code", "id_token", "code id_token", "id_token token"],
      scopes_supported: ["openid", "profile", "email", "offline_access"],
      issuer: `${base}/${tid}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${origin}/graph.microsoft.com/oidc/userinfo`,
      authorization_endpoint: `${base}/${seg}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/${seg}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/${seg}/oauth2/v2.0/logout`,
      claims_supported: ["sub", "iss", "cloud_instance_name", "cloud_instance_host_name", "cloud_graph_host_name", "msgraph_host", "aud",
        "exp", "iat", "auth_time", "acr", "nonce", "preferred_username", "name", "tid", "ver", "at_hash", "c_hash", "email"],
      kerberos_endpoint: `${base}/${seg}/kerberos`,
      tenant_region_scope: pt.kind === "tenant" ? "WW" : null,
      cloud_instance_name: "microsoftonline.com",
      cloud_graph_host_name: "graph.windows.net",
      msgraph_host: "graph.microsoft.com",
      rbac_url: "https://pas.windows.net",
    },
  };
}

/** GET /common/discovery/instance?api-version=1.1&authorization_endpoint=… as msal requests it. */
function instanceDiscovery(req: FastifyRequest): HostResponse {
  const q = flat(req.query);
  const base = identityBase(req);
  let tenant = "common";
  try {
    tenant = new URL(q.authorization_endpoint ?? "").pathname.split("/").filter(Boolean).find((s) => s !== IDENTITY_HOST) ?? "common";
  } catch {
    // no or malformed authorization_endpoint: describe the common authority
  }
  const here = req.headers.host ?? "127.0.0.1";
  return {
    status: 200,
    headers: CACHEABLE,
    body: {
      tenant_discovery_endpoint: `${base}/${tenant}/v2.0/.well-known/openid-configuration`,
      "api-version": "1.1",
      metadata: [
        { preferred_network: "login.microsoftonline.com", preferred_cache: "login.windows.net",
          aliases: ["login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net"] },
        { preferred_network: here, preferred_cache: here, aliases: [here] },
      ],
    },
  };
}
