import type { HostResponse } from "../core/host";
import type { ErrorDetails } from "./respond";

/** Minimal HTML for the simulated sign-in service: a plain, branding-free card; no script needed. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function hiddenInputs(fields: Record<string, string | undefined>): string {
  return Object.entries(fields)
    .filter((e): e is [string, string] => typeof e[1] === "string")
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
    .join("");
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;
background:#f2f2f2;font-family:"Segoe UI","Helvetica Neue",Arial,sans-serif;color:#1b1b1b}
main{width:100%;max-width:440px;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2);margin:16px}
.logo{display:flex;align-items:center;gap:8px;font-size:15px;color:#5e5e5e;margin-bottom:16px}
.logo svg{flex:none}h1{font-size:24px;font-weight:600;margin:0 0 12px}p{font-size:15px;line-height:1.4;margin:0 0 12px}
ul.accounts{list-style:none;margin:0 0 16px;padding:0}ul.accounts li{margin:0}
.account{display:flex;flex-direction:column;align-items:flex-start;width:100%;padding:10px 12px;border:0;border-top:1px solid #e6e6e6;
background:#fff;text-align:left;font:inherit;cursor:pointer}.account:hover,.account:focus{background:#f2f2f2}
.account .name{font-size:15px}.account .upn,.account .role{font-size:13px;color:#5e5e5e}
label{display:block;font-size:15px;margin:8px 0 4px}input[type=text],input[type=email]{width:100%;padding:6px 0;font:inherit;font-size:15px;
border:0;border-bottom:1px solid #666;outline-offset:2px}
.actions{display:flex;justify-content:flex-end;gap:8px;margin-top:24px}
.btn{min-width:108px;padding:6px 12px;font:inherit;font-size:15px;border:1px solid #8c8c8c;background:#ccc;color:#000;cursor:pointer}
.btn.primary{background:#0067b8;border-color:#0067b8;color:#fff}.btn:focus{outline:2px solid #000;outline-offset:2px}
.alert{color:#a4262c;font-size:15px;margin:0 0 12px}.muted{color:#5e5e5e;font-size:13px}
ul.perms{padding-left:20px;font-size:15px}ul.perms li{margin-bottom:6px}
.details{font-size:12px;color:#5e5e5e;word-break:break-all;margin-top:24px}`;

const LOGO = `<div class="logo"><svg width="21" height="21" viewBox="0 0 21 21" aria-hidden="true" focusable="false">
<rect width="10" height="10" fill="#f25022"/><rect x="11" width="10" height="10" fill="#7fba00"/>
<rect y="11" width="10" height="10" fill="#00a4ef"/><rect x="11" y="11" width="10" height="10" fill="#ffb900"/></svg>
<span>Microsoft <span class="muted">(simulated)</span></span></div>`;

export function page(title: string, inner: string, status = 200, headers: Record<string, string> = {}): HostResponse {
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body><main>${LOGO}${inner}</main></body></html>`;
  return {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store, no-cache", "x-frame-options": "DENY", ...headers },
    body: html,
  };
}

/** What Microsoft shows when it cannot safely send the user back to the app (unknown client, bad redirect URI). */
export function errorPage(d: ErrorDetails): HostResponse {
  return page("Sign in to your account", `<h1>Sign in</h1>
<p>Sorry, but we’re having trouble signing you in.</p>
<p class="alert" role="alert">${esc(d.description.split("\r\n")[0]!)}</p>
<div class="details"><div>Request Id: ${esc(d.traceId)}</div><div>Correlation Id: ${esc(d.correlationId)}</div>
<div>Timestamp: ${esc(d.timestamp.replace(" ", "T"))}</div></div>`, 400);
}

/** response_mode=form_post: a form that posts itself back to the app (with a button when script is off). */
export function formPostPage(action: string, fields: Record<string, string | undefined>): HostResponse {
  return page("Working...", `<h1>Signing you in…</h1>
<form method="post" action="${esc(action)}" id="form_post">${hiddenInputs(fields)}
<noscript><p>Script is disabled. Select Continue to finish signing in.</p><button class="btn primary" type="submit">Continue</button></noscript>
</form><script>document.getElementById("form_post").submit()</script>`);
}

export function messagePage(title: string, text: string, status = 200): HostResponse {
  return page(title, `<h1>${esc(title)}</h1><p role="status">${esc(text)}</p>`, status);
}
