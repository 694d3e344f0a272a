import { decodeJwt } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "../../../simulator/server";
import { customer, sam, tokenPost } from "../../helpers/identity";
import { formFields } from "../../helpers/signin";
import { startTestSimulator } from "../../helpers/sim";

/** Device code flow: /devicecode, the code-entry page, and polling the token endpoint. */
let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
afterEach(() => sim.ctx.clock.reset());

const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

async function start(tenant = "organizations", scope = "https://graph.microsoft.com/.default openid profile offline_access") {
  const r = await tokenPost(sim, tenant, { client_id: sam(sim).clientId, scope }, { path: "/oauth2/v2.0/devicecode" });
  expect(r.status).toBe(200);
  return r.json as { device_code: string; user_code: string; verification_uri: string; expires_in: number; interval: number; message: string };
}

const poll = (deviceCode: string, tenant = "organizations") =>
  tokenPost(sim, tenant, { grant_type: DEVICE_GRANT, client_id: sam(sim).clientId, device_code: deviceCode });

async function submit(url: string, fields: Record<string, string>) {
  const res = await fetch(url, { method: "POST", body: new URLSearchParams(fields) });
  return res.text();
}

/** Enters the code, picks `upn`, and answers the consent page. */
async function approve(d: { verification_uri: string; user_code: string }, upn: string, consent: "accept" | "cancel" = "accept") {
  const picker = formFields(await submit(d.verification_uri, { _step: "code", otc: d.user_code.toLowerCase() }), 1);
  const prompt = formFields(await submit(new URL(picker.action, sim.url).toString(), { ...picker.fields, login: upn }));
  return submit(new URL(prompt.action, sim.url).toString(), { ...prompt.fields, consent });
}

describe("device code flow", () => {
  it("answers with the documented fields and a verification page on the simulator", async () => {
    const d = await start();
    expect(d).toMatchObject({ expires_in: 900, interval: 5 });
    expect(d.user_code).toMatch(/^[A-Z0-9]{9}$/);
    expect(d.verification_uri).toBe(`${sim.url}/login.microsoftonline.com/common/oauth2/deviceauth`);
    expect(d.message).toContain(d.user_code);
    expect(d).not.toHaveProperty("verification_uri_complete");
    const pageHtml = await (await fetch(d.verification_uri)).text();
    expect(pageHtml).toContain('<label for="otc">');
  });

  it("authorization_pending until approved, then tokens for the user's home tenant; a second poll fails", async () => {
    const d = await start();
    const pending = await poll(d.device_code);
    expect(pending.json).toMatchObject({ error: "authorization_pending", error_codes: [70016] });
    expect(await approve(d, "megan@contosomsp.com")).toContain("You have signed in");
    const ok = await poll(d.device_code);
    expect(ok.status).toBe(200);
    expect(decodeJwt(ok.json.access_token)).toMatchObject({ tid: sim.ctx.world.partner.id, upn: "megan@contosomsp.com" });
    expect(typeof ok.json.refresh_token).toBe("string");
    expect((await poll(d.device_code)).json.error).toBe("invalid_grant");
  });

  it("at a customer tenant the GDAP rules apply to the approved user", async () => {
    const d = await start(customer(sim, "expired").id);
    await approve(d, "megan@contosomsp.com");
    expect((await poll(d.device_code)).json.error_codes).toEqual([50020]);
  });

  it("authorization_declined when the user cancels", async () => {
    const d = await start();
    expect(await approve(d, "lee@contosomsp.com", "cancel")).toContain("declined");
    expect((await poll(d.device_code)).json.error).toBe("authorization_declined");
  });

  it("expired_token after 15 minutes; the page refuses expired and unknown codes", async () => {
    const d = await start();
    sim.ctx.clock.advance(16 * 60_000);
    expect((await poll(d.device_code)).json).toMatchObject({ error: "expired_token", error_codes: [70019] });
    expect(await submit(d.verification_uri, { _step: "code", otc: d.user_code })).toContain("expired");
    expect(await submit(d.verification_uri, { _step: "code", otc: "NOTACODE1" })).toContain("Check the code and try again");
  });

  it("unknown device code → bad_verification_code; unknown client → 700016", async () => {
    expect((await poll("nope")).json.error).toBe("bad_verification_code");
    const r = await tokenPost(sim, "organizations", { client_id: "11111111-2222-4333-8444-555555555555", scope: "openid" }, { path: "/oauth2/v2.0/devicecode" });
    expect(r.json.error_codes).toEqual([700016]);
  });
});
