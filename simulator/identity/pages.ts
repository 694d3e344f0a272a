import type { HostResponse } from "../core/host";
import type { SimContext } from "../core/context";
import { RESOURCE, resourceByAudience, type ResourceKey } from "../world/catalog";
import type { AppRegistration } from "../world/types";
import { permissionsOf } from "./apps";
import { esc, hiddenInputs, page } from "./html";

type Fields = Record<string, string | undefined>;

/**
 * The account picker: every seeded persona of the partner tenant as a button (display name + UPN),
 * and a username field for anyone else (customer users, disabled accounts). Both are plain POSTs.
 */
export function pickerPage(ctx: SimContext, o: { action: string; hidden: Fields; loginHint?: string; error?: string; subtitle?: string }): HostResponse {
  const accounts = ctx.world.personas.map((p) => `<li><button class="account" type="submit" name="login" value="${esc(p.upn)}">
<span class="name">${esc(p.displayName)}</span><span class="upn">${esc(p.upn)}</span><span class="role">${esc(p.role)}</span></button></li>`).join("");
  const alert = o.error ? `<p class="alert" role="alert">${esc(o.error)}</p>` : "";
  return page("Sign in to your account", `<h1>Pick an account</h1>${o.subtitle ? `<p>${esc(o.subtitle)}</p>` : ""}${alert}
<form method="post" action="${esc(o.action)}" aria-label="Accounts">${hiddenInputs({ ...o.hidden, _step: "pick" })}<ul class="accounts">${accounts}</ul></form>
<form method="post" action="${esc(o.action)}" aria-label="Sign in with a username">${hiddenInputs({ ...o.hidden, _step: "pick" })}
<label for="login">Use another account</label>
<input id="login" name="login" type="email" autocomplete="username" placeholder="someone@example.com" value="${esc(o.loginHint ?? "")}">
<div class="actions"><button class="btn primary" type="submit">Next</button></div></form>`, o.error ? 400 : 200);
}

/** The consent prompt: what the app asks for, Accept or Cancel. */
export function consentPage(o: { action: string; hidden: Fields; app: AppRegistration; upn: string; permissions: string[] }): HostResponse {
  const items = o.permissions.map((p) => `<li>${esc(p)}</li>`).join("");
  return page("Permissions requested", `<p class="muted">${esc(o.upn)}</p><h1>Permissions requested</h1>
<p><strong>${esc(o.app.displayName)}</strong><br><span class="muted">unverified</span></p>
<p>This app would like to:</p><ul class="perms">${items}</ul>
<p class="muted">Accepting these permissions means that you allow this app to use your data as specified in their terms of service and privacy statement.</p>
<form method="post" action="${esc(o.action)}">${hiddenInputs({ ...o.hidden, _step: "consent", login: o.upn })}
<div class="actions"><button class="btn" type="submit" name="consent" value="cancel">Cancel</button>
<button class="btn primary" type="submit" name="consent" value="accept">Accept</button></div></form>`);
}

/** The device-code page: enter the code shown on the device. */
export function deviceCodePage(o: { action: string; error?: string; code?: string }): HostResponse {
  const alert = o.error ? `<p class="alert" role="alert">${esc(o.error)}</p>` : "";
  return page("Enter code", `<h1>Enter code</h1><p>Enter the code displayed on your app or device.</p>${alert}
<form method="post" action="${esc(o.action)}"><input type="hidden" name="_step" value="code">
<label for="otc">Code</label><input id="otc" name="otc" type="text" autocomplete="off" autocapitalize="characters" value="${esc(o.code ?? "")}">
<div class="actions"><button class="btn primary" type="submit">Next</button></div></form>`, o.error ? 400 : 200);
}

const OIDC_TEXT: Record<string, string> = {
  openid: "Sign you in",
  profile: "View your basic profile",
  email: "View your email address",
  offline_access: "Maintain access to data you have given it access to",
};

const RESOURCE_NAMES: Record<ResourceKey, string> = {
  graph: "Microsoft Graph",
  exchange: "Office 365 Exchange Online",
  partnerCenter: "Microsoft Partner Center",
  compliance: "Microsoft 365 compliance",
};

/** Human-readable lines for a scope string; `.default` expands to what the registration asks for. */
export function describePermissions(ctx: SimContext, app: AppRegistration, scope: string): string[] {
  const out: string[] = [];
  for (const token of scope.split(/\s+/).filter(Boolean)) {
    const oidc = OIDC_TEXT[token.toLowerCase()];
    if (oidc) {
      out.push(oidc);
      continue;
    }
    const slash = token.lastIndexOf("/");
    const key = slash < 0 ? "graph" : resourceByAudience(token.slice(0, slash));
    const name = slash < 0 ? token : token.slice(slash + 1);
    const label = key ? RESOURCE_NAMES[key] : token.slice(0, slash);
    if (name === ".default") {
      // /.default asks for everything the registration lists, across resources.
      for (const [k, perms] of Object.entries(permissionsOf(ctx, app).delegated) as [ResourceKey, string[]][]) for (const p of perms) out.push(line(k, p));
      if (!key) out.push(`${label}: ${name}`);
      continue;
    }
    out.push(key ? line(key, name) : `${label}: ${name}`);
  }
  return [...new Set(out)];
}

function line(key: ResourceKey, scope: string): string {
  return `${RESOURCE_NAMES[key]}: ${scope}${key === "graph" ? "" : ` (${RESOURCE[key].audience})`}`;
}
