/**
 * Drives the simulator's sign-in pages the way a browser would, with plain form posts:
 * open the authorize URL, press a persona's button, press Accept (or Cancel), and return
 * where the service finally sends the browser.
 */
export interface SignInResult {
  /** the final redirect back to the app (query or fragment mode) */
  location?: string;
  /** form_post mode: the action and fields of the self-posting form */
  formPost?: { action: string; fields: Record<string, string> };
  /** HTML of a page the flow stopped on (error page, picker with an error) */
  html?: string;
  status: number;
  cookie?: string;
}

export function formFields(html: string, formIndex = 0): { action: string; fields: Record<string, string> } {
  const forms = [...html.matchAll(/<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/g)];
  const form = forms[formIndex];
  if (!form) throw new Error(`no form #${formIndex} in page: ${html.slice(0, 300)}`);
  const fields: Record<string, string> = {};
  for (const m of form[2]!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) fields[unescape(m[1]!)] = unescape(m[2]!);
  return { action: unescape(form[1]!), fields };
}

function unescape(s: string): string {
  return s.replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)));
}

async function step(url: string, init: RequestInit, cookie?: string): Promise<{ res: Response; html: string; cookie?: string }> {
  const res = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
  const set = res.headers.get("set-cookie");
  return { res, html: await res.text(), cookie: set ? set.split(";")[0] : cookie };
}

function post(base: string, action: string, fields: Record<string, string>, cookie?: string) {
  return step(new URL(action, base).toString(), { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() }, cookie);
}

function outcome(r: { res: Response; html: string; cookie?: string }): SignInResult | undefined {
  if (r.res.status === 302) return { location: r.res.headers.get("location")!, status: 302, cookie: r.cookie };
  if (r.html.includes('id="form_post"')) return { formPost: formFields(r.html), status: r.res.status, cookie: r.cookie };
  return undefined;
}

/** Runs authorize → pick `upn` → consent (`accept` unless told otherwise). `cookie` replays a session. */
export async function signIn(authorizeUrl: string, upn: string, o: { consent?: "accept" | "cancel"; cookie?: string } = {}): Promise<SignInResult> {
  let r = await step(authorizeUrl, { method: "GET" }, o.cookie);
  const done = outcome(r);
  if (done) return done;
  if (r.html.includes("Pick an account")) {
    const { action, fields } = formFields(r.html, 1);
    r = await post(authorizeUrl, action, { ...fields, login: upn }, r.cookie);
    const after = outcome(r);
    if (after) return after;
  }
  if (!r.html.includes('name="consent"')) return { html: r.html, status: r.res.status, cookie: r.cookie };
  const { action, fields } = formFields(r.html, 0);
  r = await post(authorizeUrl, action, { ...fields, consent: o.consent ?? "accept" }, r.cookie);
  return outcome(r) ?? { html: r.html, status: r.res.status, cookie: r.cookie };
}
