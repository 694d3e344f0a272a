import type { FastifyInstance, FastifyRequest } from "fastify";
import type { SimContext } from "../core/context";
import type { HostResponse } from "../core/host";
import type { AppRegistration } from "../world/types";
import { aadstsMessage } from "./aadsts";
import { appHome, findApp, redirectAllowed } from "./apps";
import { finishSignIn, type AuthorizeRequest } from "./authorize-finish";
import { errorPage } from "./html";
import { pickerPage } from "./pages";
import { errorDetails, fail, type Failure } from "./respond";
import { errorToClient, RESPONSE_MODES, withCookie, type ResponseMode } from "./redirect";
import { parseScopes } from "./scopes";
import { readSession, sessionCookie } from "./session";
import { flat, IDENTITY_HOST, pathTenant, type Params } from "./tenant";
import { findSignInUser } from "./users";

/** Authorize parameters carried from page to page as hidden fields (nothing else is trusted). */
export const CARRIED = ["client_id", "response_type", "redirect_uri", "response_mode", "scope", "state", "nonce", "prompt",
  "login_hint", "domain_hint", "code_challenge", "code_challenge_method", "client_info"] as const;

const PROMPTS = new Set(["login", "none", "consent", "select_account"]);

/**
 * GET/POST /{tenant}/oauth2/v2.0/authorize. Errors that make the redirect URI untrustworthy (unknown
 * tenant or client, unregistered redirect) are shown as a page; everything later goes back to the app.
 */
export async function authorizeRoutes(app: FastifyInstance, ctx: SimContext): Promise<void> {
  const handler = async (req: FastifyRequest, reply: import("fastify").FastifyReply) => {
    const r = authorize(ctx, req);
    return reply.code(r.status).headers(r.headers ?? {}).send(r.body);
  };
  app.get("/:tenant/oauth2/v2.0/authorize", { config: { op: "identity.authorize" } }, handler);
  app.post("/:tenant/oauth2/v2.0/authorize", { config: { op: "identity.authorize" } }, handler);
}

function authorize(ctx: SimContext, req: FastifyRequest): HostResponse {
  const form = req.method === "POST" ? flat(req.body) : {};
  // Pages post the carried parameters back as hidden fields; a first request may also POST them.
  const source = form._step ? form : { ...flat(req.query), ...form };
  const q: Params = {};
  for (const k of CARRIED) if (source[k] !== undefined) q[k] = source[k];
  const segment = (req.params as { tenant: string }).tenant;
  const pt = pathTenant(ctx, segment);
  const page = (f: Failure) => errorPage(errorDetails(ctx, req, f));
  if (pt.kind === "unknown") return page(fail(90002, { tenant: pt.name }));
  const tenantName = pt.kind === "tenant" ? pt.tenant.displayName : pt.name;
  if (!q.client_id) return page(fail(900144, { name: "client_id" }));
  const client = findApp(ctx, q.client_id);
  if (!client) return page(fail(700016, { appId: q.client_id, tenantName }));
  const appVars = { appId: client.appId, appName: client.displayName, tenantName };
  if (client.signInAudience === "AzureADMyOrg") {
    if (pt.kind === "generic") return page(fail(50194, appVars));
    if (pt.tenant.id !== appHome(ctx).id) return page(fail(700016, appVars));
  }
  if (!q.redirect_uri) return page(fail(900971));
  if (!redirectAllowed(client, q.redirect_uri)) return page(fail(50011, { ...appVars, redirectUri: q.redirect_uri }));

  const modeOk = !q.response_mode || RESPONSE_MODES.has(q.response_mode);
  const mode = (modeOk ? q.response_mode ?? "query" : "query") as ResponseMode;
  const back = (f: Failure, cookie?: string) => withCookie(errorToClient(ctx, req, q.redirect_uri!, mode, q.state, f), cookie);
  if (!modeOk) return back(fail(70007, { appName: client.displayName, responseMode: q.response_mode }));
  if (q.response_type?.trim() !== "code") return back(fail(70005, { responseType: q.response_type ?? "" }, { error: "unsupported_response_type" }));
  if (!q.scope) return back(fail(900144, { name: "scope" }));
  const parsed = parseScopes(q.scope, tenantName);
  if (!parsed.ok) return back(parsed.failure);
  if (q.code_challenge_method && !["S256", "plain"].includes(q.code_challenge_method)) return back(fail(9002313));
  if (q.prompt && !PROMPTS.has(q.prompt)) return back(fail(9002313));

  const areq: AuthorizeRequest = { req, q, app: client, pt, scopes: parsed.value, mode, action: `/${IDENTITY_HOST}/${segment}/oauth2/v2.0/authorize` };
  const hidden = Object.fromEntries(CARRIED.map((k) => [k, q[k]]));

  if (form._step === "pick" || form._step === "consent") {
    const who = findSignInUser(ctx, form.login);
    const problem = !who ? aadstsMessage(50034, { upn: form.login ?? "", tenantName: form.login?.split("@")[1] ?? tenantName })
      : !who.user.accountEnabled ? aadstsMessage(50057) : undefined;
    if (problem || !who) return pickerPage(ctx, { action: areq.action, hidden, loginHint: form.login, error: problem });
    const existing = readSession(ctx, req);
    const consents = existing?.who.user.id === who.user.id ? existing.session.consents : {};
    const session = { oid: who.user.id, home: who.home.id, at: existing?.who.user.id === who.user.id ? existing.session.at : ctx.clock.now(), consents };
    if (form._step === "consent" && form.consent !== "accept") return back(fail(65004), sessionCookie(ctx, session));
    return finishSignIn(ctx, areq, who, session, form._step === "consent" ? "accepted" : "ask");
  }

  const current = readSession(ctx, req);
  const hint = q.login_hint?.toLowerCase();
  const sessionMatches = current && (!hint || current.who.user.userPrincipalName.toLowerCase() === hint);
  if (q.prompt === "none") {
    if (!current || !sessionMatches) return back(fail(50058));
    return finishSignIn(ctx, areq, current.who, current.session, "silent");
  }
  if (!current || !sessionMatches || q.prompt === "login" || q.prompt === "select_account") {
    return pickerPage(ctx, { action: areq.action, hidden, loginHint: q.login_hint, subtitle: signInSubtitle(client) });
  }
  return finishSignIn(ctx, areq, current.who, current.session, "ask");
}

function signInSubtitle(app: AppRegistration): string {
  return `to continue to ${app.displayName}`;
}
