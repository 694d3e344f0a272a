import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SimContext } from "../core/context";
import { issueRefreshTokenFor } from "../identity/refresh";
import { findSignInUser } from "../identity/users";
import { ControlError, notFound, parse } from "./http";

const DAY_MS = 86_400_000;

const refreshSchema = z.strictObject({
  upn: z.string().min(3),
  clientId: z.string().min(1).optional(),
  scope: z.string().min(1).optional(),
});
const revokeTokenSchema = z.strictObject({ refresh_token: z.string().min(1) });
const upnSchema = z.strictObject({ upn: z.string().min(3) });
const redirectSchema = z.strictObject({
  uri: z.string().refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), "must be an absolute http(s) URL"),
});
/** 0 (the default) expires the secret now; a positive number leaves it that many days to live. */
const expireSchema = z.strictObject({ inDays: z.number().min(0).max(3650).optional() });

/** Sign-in state a test steers: refresh tokens, revocation, app registrations. */
export function identityRoutes(app: FastifyInstance, ctx: SimContext): void {
  const appOf = (clientId: string) => {
    const reg = ctx.world.apps.get(clientId.toLowerCase()) ?? ctx.world.apps.get(clientId);
    if (!reg) throw notFound("application with client id", clientId);
    return reg;
  };

  app.post("/refresh-token", { config: { op: "control.refresh-token" } }, async (req) => {
    const body = parse(refreshSchema, req.body);
    const clientId = appOf(body.clientId ?? ctx.world.samApp.appId).appId;
    if (!findSignInUser(ctx, body.upn)) throw notFound("user", body.upn);
    try {
      return { refresh_token: issueRefreshTokenFor(ctx, body.upn, clientId, body.scope), client_id: clientId, upn: body.upn };
    } catch (e) {
      throw new ControlError(409, "cannot_issue", (e as Error).message);
    }
  });

  app.post("/revoke/refresh-token", { config: { op: "control.revoke.refresh-token" } }, async (req) => {
    const { refresh_token } = parse(revokeTokenSchema, req.body);
    const payload = ctx.tokens.openRefreshToken(refresh_token);
    if (!payload) throw new ControlError(400, "invalid_token", "Not a refresh token this simulator issued (with this seed).", { refresh_token: "unrecognised" });
    ctx.revokedRefreshTokens.add(payload.jti);
    return { revoked: true, jti: payload.jti };
  });

  // Like a password change or revokeSignInSessions: every refresh token issued before now dies.
  app.post("/revoke/user-sessions", { config: { op: "control.revoke.user-sessions" } }, async (req) => {
    const { upn } = parse(upnSchema, req.body);
    const who = findSignInUser(ctx, upn);
    if (!who) throw notFound("user", upn);
    who.user.signInSessionsValidFromDateTime = ctx.clock.iso();
    return { upn: who.user.userPrincipalName, tenantId: who.home.id, signInSessionsValidFromDateTime: who.user.signInSessionsValidFromDateTime };
  });

  app.post<{ Params: { clientId: string } }>("/apps/:clientId/redirect-uris", { config: { op: "control.apps.redirect-uris" } }, async (req) => {
    const reg = appOf(req.params.clientId);
    const { uri } = parse(redirectSchema, req.body);
    if (!reg.redirectUris.includes(uri)) reg.redirectUris.push(uri);
    return { clientId: reg.appId, redirectUris: reg.redirectUris };
  });

  app.post<{ Params: { clientId: string } }>("/apps/:clientId/secret/expire", { config: { op: "control.apps.secret.expire" } }, async (req) => {
    const reg = appOf(req.params.clientId);
    const { inDays = 0 } = parse(expireSchema, req.body);
    const end = ctx.clock.iso(inDays > 0 ? ctx.clock.now() + inDays * DAY_MS : ctx.clock.now() - 1000);
    for (const c of reg.passwordCredentials) c.endDateTime = end;
    return { clientId: reg.appId, passwordCredentials: reg.passwordCredentials.map((c) => ({ keyId: c.keyId, hint: c.hint, startDateTime: c.startDateTime, endDateTime: c.endDateTime })) };
  });
}
