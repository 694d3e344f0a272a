import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import type { HostResponse } from "../core/host";
import { aadstsMessage } from "./aadsts";
import { appHome, findApp } from "./apps";
import { DEVICE_CODE_LIFETIME_S, DEVICE_POLL_INTERVAL_S, deviceByUserCode, startDeviceAuth } from "./device-store";
import { messagePage } from "./html";
import { consentPage, describePermissions, deviceCodePage, pickerPage } from "./pages";
import { fail, tokenError, tokenSuccess } from "./respond";
import { parseScopes } from "./scopes";
import { flat, IDENTITY_HOST, identityBase, pathTenant } from "./tenant";
import { findSignInUser } from "./users";

const DEVICE_PAGE = `/${IDENTITY_HOST}/common/oauth2/deviceauth`;

const send = (reply: FastifyReply, r: HostResponse) => reply.code(r.status).headers(r.headers ?? {}).send(r.body);

/** POST /{tenant}/oauth2/v2.0/devicecode and the page where the user enters the code. */
export async function deviceRoutes(app: FastifyInstance, ctx: SimContext): Promise<void> {
  app.post("/:tenant/oauth2/v2.0/devicecode", { config: { op: "identity.devicecode" } }, async (req, reply) => send(reply, deviceCode(ctx, req)));
  app.get("/common/oauth2/deviceauth", { config: { op: "identity.deviceauth" } }, async (req, reply) =>
    send(reply, deviceCodePage({ action: DEVICE_PAGE, code: flat(req.query).otc })));
  app.post("/common/oauth2/deviceauth", { config: { op: "identity.deviceauth" } }, async (req, reply) => send(reply, deviceAuthStep(ctx, flat(req.body))));
}

function deviceCode(ctx: SimContext, req: FastifyRequest): HostResponse {
  const body = flat(req.body);
  const pt = pathTenant(ctx, (req.params as { tenant: string }).tenant);
  if (pt.kind === "unknown") return tokenError(ctx, req, fail(90002, { tenant: pt.name }));
  const tenantName = pt.kind === "tenant" ? pt.tenant.displayName : pt.name;
  if (!body.client_id) return tokenError(ctx, req, fail(900144, { name: "client_id" }));
  const client = findApp(ctx, body.client_id);
  if (!client) return tokenError(ctx, req, fail(700016, { appId: body.client_id, tenantName }));
  if (client.signInAudience === "AzureADMyOrg" && (pt.kind === "generic" || pt.tenant.id !== appHome(ctx).id)) {
    return tokenError(ctx, req, fail(pt.kind === "generic" ? 50194 : 700016, { appId: client.appId, appName: client.displayName, tenantName }));
  }
  if (!body.scope) return tokenError(ctx, req, fail(900144, { name: "scope" }));
  const parsed = parseScopes(body.scope, tenantName);
  if (!parsed.ok) return tokenError(ctx, req, parsed.failure);
  const auth = startDeviceAuth(ctx, { clientId: client.appId, targetId: pt.kind === "tenant" ? pt.tenant.id : null, scope: body.scope });
  const uri = `${identityBase(req)}/common/oauth2/deviceauth`;
  return tokenSuccess({
    user_code: auth.userCode,
    device_code: auth.deviceCode,
    verification_uri: uri,
    expires_in: DEVICE_CODE_LIFETIME_S,
    interval: DEVICE_POLL_INTERVAL_S,
    message: `To sign in, use a web browser to open the page ${uri} and enter the code ${auth.userCode} to authenticate.`,
  });
}

/** code → pick an account → consent; each step a plain form post carrying the code. */
function deviceAuthStep(ctx: SimContext, form: Record<string, string>): HostResponse {
  const auth = deviceByUserCode(ctx, form.otc);
  if (!auth || auth.status !== "pending") {
    return deviceCodePage({ action: DEVICE_PAGE, code: form.otc, error: "That code didn't work. Check the code and try again." });
  }
  if (auth.expiresAt < ctx.clock.now()) {
    return deviceCodePage({ action: DEVICE_PAGE, code: form.otc, error: "The code you entered has expired. Get a new code from the device you're trying to sign in to and try again." });
  }
  const client = findApp(ctx, auth.clientId)!;
  const hidden = { otc: auth.userCode };
  const subtitle = `Sign in to ${client.displayName} on your device`;
  if (form._step !== "pick" && form._step !== "consent") return pickerPage(ctx, { action: DEVICE_PAGE, hidden, subtitle });
  const who = findSignInUser(ctx, form.login);
  const problem = !who ? aadstsMessage(50034, { upn: form.login ?? "", tenantName: form.login?.split("@")[1] ?? "" })
    : !who.user.accountEnabled ? aadstsMessage(50057) : undefined;
  if (problem || !who) return pickerPage(ctx, { action: DEVICE_PAGE, hidden, subtitle, loginHint: form.login, error: problem });
  if (form._step === "pick") {
    const permissions = describePermissions(ctx, client, auth.scope);
    return consentPage({ action: DEVICE_PAGE, hidden, app: client, upn: who.user.userPrincipalName, permissions });
  }
  if (form.consent !== "accept") {
    auth.status = "declined";
    return messagePage("Sign-in declined", `You declined to sign in to ${client.displayName} on your device. You may now close this window.`);
  }
  Object.assign(auth, { status: "approved", oid: who.user.id, homeId: who.home.id });
  return messagePage(client.displayName, `You have signed in to the ${client.displayName} application on your device. You may now close this window.`);
}
