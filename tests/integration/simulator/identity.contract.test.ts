import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "../../../simulator/server";
import { issueRefreshTokenFor } from "../../../simulator/identity/refresh";
import { customer, sam, SAM_REDIRECT, samCode, tokenPost } from "../../helpers/identity";
import { fixture, FIXTURES, shapeMismatches } from "../../helpers/shape";
import { formFields } from "../../helpers/signin";
import { startTestSimulator } from "../../helpers/sim";

/** Every identity fixture in the reference set is matched field-for-field (name and JSON type). */
let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

const DESCRIPTION = /^AADSTS\d+: .+\r\nTrace ID: [0-9a-f-]{36}\r\nCorrelation ID: [0-9a-f-]{36}\r\nTimestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/s;

function expectTokenHeaders(headers: Headers) {
  expect(headers.get("cache-control")).toContain("no-store");
  expect(headers.get("x-ms-request-id")).toMatch(/^[0-9a-f-]{36}$/);
}

/** The docs fixture is published truncated (a literal "..." line); drop it before parsing. */
function truncatedFixture(name: string): unknown {
  const text = readFileSync(join(FIXTURES, name), "utf8").replace(/^\s*\.\.\.\s*$/m, "").replace(/,(\s*[}\]])/g, "$1");
  return JSON.parse(text);
}

describe("identity contract: OpenID configuration", () => {
  it.each(["openid-configuration.v2.captured.json", "openid-configuration.docs.json"])("%s", async (name) => {
    const partner = sim.ctx.world.partner.id;
    const res = await fetch(`${sim.url}/login.microsoftonline.com/${partner}/v2.0/.well-known/openid-configuration`);
    const doc = (await res.json()) as Record<string, string>;
    const expected = name.includes("docs") ? truncatedFixture(name) : fixture(name);
    expect(shapeMismatches(expected, doc)).toEqual([]);
    expect(doc.issuer).toBe(`${sim.url}/login.microsoftonline.com/${partner}/v2.0`);
    expect(doc.token_endpoint).toBe(`${sim.url}/login.microsoftonline.com/${partner}/oauth2/v2.0/token`);
    expect(res.headers.get("cache-control")).toBe("max-age=86400, private");
  });

  it("common and a domain name: issuer placeholder, endpoints by tenant id; unknown tenant → 90002", async () => {
    const common = (await (await fetch(`${sim.url}/login.microsoftonline.com/common/v2.0/.well-known/openid-configuration`)).json()) as Record<string, string>;
    expect(common.issuer).toBe(`${sim.url}/login.microsoftonline.com/{tenantid}/v2.0`);
    expect(common.authorization_endpoint).toBe(`${sim.url}/login.microsoftonline.com/common/oauth2/v2.0/authorize`);
    const t = customer(sim, "healthy");
    const byDomain = (await (await fetch(`${sim.url}/login.microsoftonline.com/${t.defaultDomain}/v2.0/.well-known/openid-configuration`)).json()) as Record<string, string>;
    expect(byDomain.issuer).toBe(`${sim.url}/login.microsoftonline.com/${t.id}/v2.0`);
    const unknown = await fetch(`${sim.url}/login.microsoftonline.com/nosuchtenant.onmicrosoft.com/v2.0/.well-known/openid-configuration`);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error_codes: number[] }).error_codes).toEqual([90002]);
  });

  it("JWKS and instance discovery", async () => {
    const keys = (await (await fetch(`${sim.url}/login.microsoftonline.com/common/discovery/v2.0/keys`)).json()) as { keys: { kid: string; kty: string }[] };
    expect(keys.keys[0]).toMatchObject({ kty: "RSA", kid: sim.ctx.key.kid });
    const q = new URLSearchParams({ "api-version": "1.1", authorization_endpoint: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize" });
    const inst = (await (await fetch(`${sim.url}/login.microsoftonline.com/common/discovery/instance?${q}`)).json()) as Record<string, any>;
    expect(inst.tenant_discovery_endpoint).toBe(`${sim.url}/login.microsoftonline.com/common/v2.0/.well-known/openid-configuration`);
    expect(inst.metadata[0].aliases).toContain("login.microsoftonline.com");
  });
});

describe("identity contract: token responses", () => {
  it("token.authorization_code.success.json", async () => {
    const { code, verifier } = await samCode(sim, "alex@contosomsp.com");
    const r = await tokenPost(sim, "organizations", {
      grant_type: "authorization_code", client_id: sam(sim).clientId, client_secret: sam(sim).secret, code, redirect_uri: SAM_REDIRECT,
      code_verifier: verifier, scope: "https://graph.microsoft.com/.default offline_access openid profile",
    });
    expect(r.status).toBe(200);
    expect(shapeMismatches(fixture("token.authorization_code.success.json"), r.json)).toEqual([]);
    expect(typeof r.json.ext_expires_in).toBe("number");
    expectTokenHeaders(r.headers);
  });

  it("token.refresh_token.success.json", async () => {
    const rt = issueRefreshTokenFor(sim.ctx, "alex@contosomsp.com", sam(sim).clientId);
    const r = await tokenPost(sim, customer(sim, "healthy").id, {
      grant_type: "refresh_token", client_id: sam(sim).clientId, client_secret: sam(sim).secret, refresh_token: rt,
      scope: "https://graph.microsoft.com/.default openid profile offline_access",
    });
    expect(r.status).toBe(200);
    expect(shapeMismatches(fixture("token.refresh_token.success.json"), r.json)).toEqual([]);
    expectTokenHeaders(r.headers);
  });

  it.each(["token.client_credentials.success.json", "token.client_credentials.captured.json"])("%s", async (name) => {
    const r = await tokenPost(sim, customer(sim, "healthy").id, {
      grant_type: "client_credentials", client_id: sam(sim).clientId, client_secret: sam(sim).secret, scope: "https://graph.microsoft.com/.default",
    });
    expect(r.status).toBe(200);
    expect(shapeMismatches(fixture(name), r.json)).toEqual([]);
    expect(r.json).not.toHaveProperty("refresh_token");
  });

  it("token.device_code.success.json", async () => {
    const start = await tokenPost(sim, "organizations", { client_id: sam(sim).clientId, scope: "User.Read profile openid email offline_access" }, { path: "/oauth2/v2.0/devicecode" });
    expect(start.status).toBe(200);
    const page = await fetch(start.json.verification_uri, { method: "POST", body: new URLSearchParams({ otc: start.json.user_code, _step: "code" }) });
    const picker = formFields(await page.text(), 1);
    const consent = await fetch(new URL(picker.action, sim.url), { method: "POST", body: new URLSearchParams({ ...picker.fields, login: "lee@contosomsp.com" }) });
    const accept = formFields(await consent.text());
    await fetch(new URL(accept.action, sim.url), { method: "POST", body: new URLSearchParams({ ...accept.fields, consent: "accept" }) });
    const r = await tokenPost(sim, "organizations", { grant_type: "urn:ietf:params:oauth:grant-type:device_code", client_id: sam(sim).clientId, device_code: start.json.device_code });
    expect(r.status).toBe(200);
    expect(shapeMismatches(fixture("token.device_code.success.json"), r.json)).toEqual([]);
  });

  it("token.v1.refresh_token.partnercenter.json (v1 endpoint, numbers as strings)", async () => {
    const rt = issueRefreshTokenFor(sim.ctx, "alex@contosomsp.com", sam(sim).clientId);
    const r = await tokenPost(sim, sim.ctx.world.partner.id, {
      grant_type: "refresh_token", client_id: sam(sim).clientId, client_secret: sam(sim).secret, refresh_token: rt,
      resource: "https://api.partnercenter.microsoft.com",
    }, { path: "/oauth2/token" });
    expect(r.status).toBe(200);
    expect(shapeMismatches(fixture("token.v1.refresh_token.partnercenter.json"), r.json)).toEqual([]);
    expect(r.json.scope).toBe("user_impersonation");
  });
});

describe("identity contract: token errors", () => {
  it.each(["token.error.invalid_scope.json", "token.error.with_error_uri.json", "token.client_credentials.error.invalid_scope.json"])("%s", async (name) => {
    const r = await tokenPost(sim, customer(sim, "healthy").id, {
      grant_type: "client_credentials", client_id: sam(sim).clientId, client_secret: sam(sim).secret, scope: "https://graph.microsoft.com/.default,mail.read",
    });
    expect(r.status).toBe(400);
    expect(shapeMismatches(fixture(name), r.json)).toEqual([]);
    expect(r.json).toMatchObject({ error: "invalid_scope", error_codes: [70011], error_uri: "https://login.microsoftonline.com/error?code=70011" });
    expect(r.json.error_description).toMatch(DESCRIPTION);
    expect(r.json.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
    expectTokenHeaders(r.headers);
  });

  it("token.error.53003_conditional_access.json", async () => {
    const rt = issueRefreshTokenFor(sim.ctx, "alex@contosomsp.com", sam(sim).clientId);
    const r = await tokenPost(sim, customer(sim, "ca-blocked").id, {
      grant_type: "refresh_token", client_id: sam(sim).clientId, client_secret: sam(sim).secret, refresh_token: rt, scope: "https://graph.microsoft.com/.default",
    });
    expect(r.status).toBe(400);
    expect(shapeMismatches(fixture("token.error.53003_conditional_access.json"), r.json)).toEqual([]);
    expect(r.json).toMatchObject({ error: "invalid_grant", suberror: "message_only", error_codes: [53003] });
    expect(JSON.parse(r.json.claims).access_token.capolids.values).toHaveLength(1);
  });
});
