import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "../../../simulator/server";
import { authorizeUrl, customer, pkce, sam, SAM_REDIRECT, samCode, tokenPost } from "../../helpers/identity";
import { formFields, signIn } from "../../helpers/signin";
import { startTestSimulator } from "../../helpers/sim";

/** The HTML sign-in pages and the authorization-code grant, driven with plain form posts. */
let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

const SCOPE = "https://graph.microsoft.com/.default offline_access openid profile";
const base = (extra: Record<string, string | undefined> = {}) => ({
  client_id: sam(sim).clientId, response_type: "code", redirect_uri: SAM_REDIRECT, scope: SCOPE, state: "st", ...extra,
});

function redeem(code: string | undefined, verifier: string | undefined, o: { tenant?: string; redirect?: string } = {}) {
  return tokenPost(sim, o.tenant ?? "organizations", {
    grant_type: "authorization_code", client_id: sam(sim).clientId, client_secret: sam(sim).secret, code,
    redirect_uri: o.redirect ?? SAM_REDIRECT, code_verifier: verifier, scope: SCOPE,
  });
}

async function page(url: string, cookie?: string) {
  const res = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
  return { status: res.status, location: res.headers.get("location"), html: await res.text() };
}

describe("authorize: requests that must not redirect", () => {
  it("unknown client → AADSTS700016 error page", async () => {
    const r = await page(authorizeUrl(sim, "organizations", base({ client_id: "11111111-2222-4333-8444-555555555555" })));
    expect(r.status).toBe(400);
    expect(r.location).toBeNull();
    expect(r.html).toContain("AADSTS700016");
  });

  it("unregistered redirect URI → AADSTS50011 page; loopback ports are ignored", async () => {
    for (const bad of ["https://evil.example/api/sam/callback", "http://localhost:3000/other", "http://127.0.0.2/api/sam/callback"]) {
      const r = await page(authorizeUrl(sim, "organizations", base({ redirect_uri: bad })));
      expect(r.status).toBe(400);
      expect(r.html).toContain("AADSTS50011");
    }
    const ok = await page(authorizeUrl(sim, "organizations", base({ redirect_uri: "http://127.0.0.1:5123/api/sam/callback" })));
    expect(ok.status).toBe(200);
    expect(ok.html).toContain("Pick an account");
  });

  it("unknown tenant → 90002; single-tenant app at /common → 50194", async () => {
    expect((await page(authorizeUrl(sim, "nosuch.onmicrosoft.com", base()))).html).toContain("AADSTS90002");
    const signInApp = sim.ctx.world.signInApp;
    const r = await page(authorizeUrl(sim, "common", base({ client_id: signInApp.appId, redirect_uri: signInApp.redirectUris[0] })));
    expect(r.html).toContain("AADSTS50194");
  });
});

describe("authorize: the sign-in pages", () => {
  it("lists every persona with display name and UPN as buttons, plus a username field", async () => {
    const r = await page(authorizeUrl(sim, "organizations", base({ login_hint: "lee@contosomsp.com" })));
    expect(r.html).toContain('<html lang="en">');
    for (const p of sim.ctx.world.personas) {
      expect(r.html).toContain(`name="login" value="${p.upn}"`);
      expect(r.html).toContain(p.displayName);
    }
    expect(r.html).toMatch(/<label for="login">[^<]+<\/label>\s*<input id="login" name="login" type="email"[^>]*value="lee@contosomsp.com"/);
    expect(r.html).not.toContain("<script");
  });

  it("consent page lists the permissions; Cancel → access_denied AADSTS65004 with state", async () => {
    const r = await signIn(authorizeUrl(sim, "organizations", base()), "patti@contosomsp.com", { consent: "cancel" });
    const back = new URL(r.location!);
    expect(back.searchParams.get("error")).toBe("access_denied");
    expect(back.searchParams.get("error_description")).toMatch(/^AADSTS65004: /);
    expect(back.searchParams.get("state")).toBe("st");
  });

  it("unknown and disabled users stay on the picker with the AADSTS message", async () => {
    const first = await page(authorizeUrl(sim, "organizations", base()));
    const { action, fields } = formFields(first.html, 1);
    const post = (login: string) => fetch(new URL(action, sim.url), { method: "POST", body: new URLSearchParams({ ...fields, login }) }).then((r) => r.text());
    expect(await post("nobody@contosomsp.com")).toContain("AADSTS50034");
    const t = customer(sim, "healthy");
    const disabled = [...t.directory.users.values()].find((u) => !u.accountEnabled && u.userType === "Member")!;
    expect(await post(disabled.userPrincipalName)).toMatch(/role="alert">AADSTS50057/);
  });

  it("a customer's own user can sign in to their tenant through the username field", async () => {
    const t = customer(sim, "healthy");
    const admin = [...t.directory.users.values()].find((u) => u.tags.includes("admin"))!;
    const { code, verifier } = await samCode(sim, admin.userPrincipalName, { tenant: t.id });
    const r = await redeem(code, verifier, { tenant: t.id });
    expect(decodeJwt(r.json.access_token)).toMatchObject({ tid: t.id, upn: admin.userPrincipalName });
  });

  it("access rules apply at sign-in: a CA-blocked tenant redirects with the error", async () => {
    const { result } = await samCode(sim, "alex@contosomsp.com", { tenant: customer(sim, "ca-blocked").id });
    const back = new URL(result.location!);
    expect(back.searchParams.get("error")).toBe("access_denied");
    expect(back.searchParams.get("error_description")).toMatch(/^AADSTS53003: /);
  });
});

describe("authorization code grant", () => {
  it("PKCE S256: the verifier must match (501481); the code works once (54005)", async () => {
    const { code, verifier } = await samCode(sim, "alex@contosomsp.com");
    await expect(redeem(code, "x".repeat(43)).then((r) => r.json)).resolves.toMatchObject({ error: "invalid_grant", error_codes: [501481] });
    const ok = await redeem(code, verifier);
    expect(ok.status).toBe(200);
    expect(decodeJwt(ok.json.id_token)).toMatchObject({ nonce: "nonce-1", aud: sam(sim).clientId, preferred_username: "alex@contosomsp.com" });
    await expect(redeem(code, verifier).then((r) => r.json)).resolves.toMatchObject({ error: "invalid_grant", error_codes: [54005] });
  });

  it("PKCE plain, and a missing verifier is refused", async () => {
    const { code } = await samCode(sim, "megan@contosomsp.com", { extra: { code_challenge: "plain-challenge-value-of-forty-three-chars-x", code_challenge_method: "plain" } });
    await expect(redeem(code, undefined).then((r) => r.json.error_codes)).resolves.toEqual([501481]);
    expect((await redeem(code, "plain-challenge-value-of-forty-three-chars-x")).status).toBe(200);
  });

  it("the redirect URI must match the authorize request's (50011) and the tenant too (700005)", async () => {
    const a = await samCode(sim, "alex@contosomsp.com");
    expect((await redeem(a.code, a.verifier, { redirect: "http://localhost:3000/elsewhere" })).json.error_codes).toEqual([50011]);
    const b = await samCode(sim, "alex@contosomsp.com");
    expect((await redeem(b.code, b.verifier, { tenant: customer(sim, "healthy").id })).json.error_codes).toEqual([700005]);
  });

  it("response_mode form_post and fragment", async () => {
    const { challenge } = pkce();
    const fp = await signIn(authorizeUrl(sim, "organizations", base({ response_mode: "form_post", code_challenge: challenge, code_challenge_method: "S256" })), "lee@contosomsp.com");
    expect(fp.formPost!.action).toBe(SAM_REDIRECT);
    expect(fp.formPost!.fields).toMatchObject({ state: "st" });
    expect(fp.formPost!.fields.code).toBeTruthy();
    const fr = await signIn(authorizeUrl(sim, "organizations", base({ response_mode: "fragment" })), "lee@contosomsp.com");
    const hash = new URLSearchParams(new URL(fr.location!).hash.slice(1));
    expect(hash.get("code")).toBeTruthy();
    expect(hash.get("state")).toBe("st");
  });
});

describe("prompt and the sign-in session", () => {
  it("prompt=none without a session → login_required (AADSTS50058)", async () => {
    const r = await page(authorizeUrl(sim, "organizations", base({ prompt: "none" })));
    const back = new URL(r.location!);
    expect(back.searchParams.get("error")).toBe("login_required");
    expect(back.searchParams.get("error_description")).toMatch(/^AADSTS50058: /);
  });

  it("after a sign-in: prompt=none and no prompt answer silently; prompt=login shows the picker", async () => {
    const first = await signIn(authorizeUrl(sim, "organizations", base()), "megan@contosomsp.com");
    const cookie = first.cookie!;
    const silent = await page(authorizeUrl(sim, "organizations", base({ prompt: "none" })), cookie);
    expect(new URL(silent.location!).searchParams.get("code")).toBeTruthy();
    const sso = await page(authorizeUrl(sim, "organizations", base()), cookie);
    expect(new URL(sso.location!).searchParams.get("code")).toBeTruthy();
    expect((await page(authorizeUrl(sim, "organizations", base({ prompt: "login" })), cookie)).html).toContain("Pick an account");
    expect((await page(authorizeUrl(sim, "organizations", base({ prompt: "consent" })), cookie)).html).toContain("Permissions requested");
    const more = await page(authorizeUrl(sim, "organizations", base({ prompt: "none", scope: "https://outlook.office365.com/.default" })), cookie);
    expect(new URL(more.location!).searchParams.get("error")).toBe("consent_required");
  });
});

describe("technician sign-in app", () => {
  it("id_token carries the partner security groups the user is in", async () => {
    const app = sim.ctx.world.signInApp;
    const { verifier, challenge } = pkce();
    const redirect = "http://localhost:3000/api/auth/callback/azure-ad";
    const url = authorizeUrl(sim, sim.ctx.world.partner.id, {
      client_id: app.appId, response_type: "code", redirect_uri: redirect, scope: "openid profile email offline_access User.Read",
      state: "s", nonce: "nn", code_challenge: challenge, code_challenge_method: "S256",
    });
    const r = await signIn(url, "pradeep@contosomsp.com");
    const code = new URL(r.location!).searchParams.get("code")!;
    const t = await tokenPost(sim, sim.ctx.world.partner.id, {
      grant_type: "authorization_code", client_id: app.appId, client_secret: app.passwordCredentials[0]!.secretText, code, redirect_uri: redirect, code_verifier: verifier,
    });
    const id = decodeJwt(t.json.id_token) as { groups: string[]; nonce: string; email: string };
    const g = sim.ctx.world.partnerGroups;
    expect(id.groups.sort()).toEqual([g.helpdeskAgents, g.gdapHelpdeskAdmins, g.gdapGlobalReaders, g.tenantryServiceDesk].sort());
    expect(id).toMatchObject({ nonce: "nn", email: "pradeep@contosomsp.com" });
  });
});
