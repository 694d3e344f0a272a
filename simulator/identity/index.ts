import type { HostAdapter } from "../core/host";
import { authorizeRoutes } from "./authorize";
import { deviceRoutes } from "./device";
import { discoveryRoutes } from "./discovery";
import { messagePage } from "./html";
import { fail, tokenError } from "./respond";
import { SESSION_COOKIE } from "./session";
import { flat, IDENTITY_HOST, tenantSegment } from "./tenant";
import { tokenRoutes } from "./token";
import { v1Routes } from "./v1";

const LOOPBACK_REDIRECT = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\//i;

/**
 * login.microsoftonline.com: OIDC discovery, the sign-in pages (authorize, device code), and the
 * token endpoint whose refresh-token rules encode GDAP, consent and Conditional Access.
 */
export const identityHost: HostAdapter = {
  name: "identity",
  hostName: IDENTITY_HOST,
  tenantOf: (req) => tenantSegment(req.url),
  throttled: (retryAfterSeconds, req, ctx) => {
    const r = tokenError(ctx, req, fail(90055));
    return { ...r, status: 429, headers: { ...r.headers, "retry-after": String(Math.ceil(retryAfterSeconds)) } };
  },
  failed: (status, req, ctx) => {
    const r = tokenError(ctx, req, status === 500 ? fail(90033, {}, { error: "server_error" }) : fail(90033));
    return { ...r, status };
  },
  aadsts: (code, req, ctx) => {
    const body = flat(req.body);
    const segment = tenantSegment(req.url) ?? "common";
    const resource = body.scope?.split(/\s+/).find((s) => s.includes("/"))?.replace(/\/[^/]*$/, "");
    return tokenError(ctx, req, fail(code, { appId: body.client_id, tenant: segment, tenantId: segment, tenantName: segment, scope: body.scope, resource }));
  },
  routes: async (app, ctx) => {
    await discoveryRoutes(app, ctx);
    await authorizeRoutes(app, ctx);
    await tokenRoutes(app, ctx);
    await deviceRoutes(app, ctx);
    await v1Routes(app, ctx);
    // Sign-out ends the browser session; it returns only to loopback apps (the simulator's callers).
    app.get("/:tenant/oauth2/v2.0/logout", { config: { op: "identity.logout" } }, async (req, reply) => {
      const target = flat(req.query).post_logout_redirect_uri;
      reply.header("set-cookie", `${SESSION_COOKIE}=; Path=/${IDENTITY_HOST}; Max-Age=0; HttpOnly; SameSite=Lax`);
      if (target && LOOPBACK_REDIRECT.test(target)) return reply.redirect(target);
      const r = messagePage("You signed out of your account", "It's a good idea to close all browser windows.");
      return reply.code(r.status).headers(r.headers ?? {}).send(r.body);
    });
  },
};
