import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, shapeMismatches } from "../../helpers/shape";
import { startTestSimulator } from "../../helpers/sim";
import type { Simulator } from "../../../simulator/server";
import type { Tenant } from "../../../simulator/world/types";
import { delegatedToken, persona } from "./support/delegated";
import { detail, invoke, invokeAll } from "./support/exchange";

let sim: Simulator;
let tenant: Tenant;
let token: string;

beforeAll(async () => {
  sim = await startTestSimulator();
  tenant = sim.ctx.world.customers[0]!;
  token = await delegatedToken(sim, { upn: persona(sim, "technician"), target: tenant, resource: "exchange" });
});
afterAll(() => sim.close());

describe("InvokeCommand contract", () => {
  it("answers Get-Mailbox with the captured envelope, record shape and headers", async () => {
    const forwarded = [...tenant.directory.mailboxes.values()].find((m) => m.forwardingSmtpAddress)!;
    const request = fixture("exchange.InvokeCommand.request.shape.json") as any;
    request.CmdletInput.Parameters.Identity = forwarded.userPrincipalName;
    const r = await invoke(sim, { token, tenant: tenant.initialDomain, cmdlet: request.CmdletInput.CmdletName, params: request.CmdletInput.Parameters });
    expect(r.status).toBe(200);
    expect(shapeMismatches(fixture("exchange.InvokeCommand.Get-Mailbox.shape.json"), r.body)).toEqual([]);
    expect(r.body["@odata.context"]).toBe(`${sim.url}/outlook.office365.com/adminapi/beta/${tenant.initialDomain}/$metadata#Collection(Exchange.GenericHashTable)`);
    const [mb] = r.body.value;
    expect(mb).toMatchObject({ ExternalDirectoryObjectId: forwarded.externalDirectoryObjectId, ForwardingSmtpAddress: forwarded.forwardingSmtpAddress, "Guid@odata.type": "#Guid" });
    expect(mb.WhenCreated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+00:00$/);
    expect(mb.ProhibitSendQuota).toBe("99 GB (106,300,440,576 bytes)");
    expect(r.headers.get("content-type")).toBe("application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8");
    expect(r.headers.get("odata-version")).toBe("4.0");
    expect(r.headers.get("rate-limit-limit")).toBe("30000");
    expect(Number(r.headers.get("rate-limit-remaining"))).toBeLessThan(30000);
    expect(r.headers.get("request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.headers.get("x-ms-appid")).toBe(sim.ctx.world.samApp.appId);
  });

  it("pages with @odata.nextLink when the same body is POSTed to it, honouring $select", async () => {
    const all = await invokeAll(sim, { token, tenant: tenant.id, cmdlet: "Get-Mailbox", params: { ResultSize: "Unlimited" }, select: "Alias,Guid", pageSize: 3 });
    const mailboxes = [...tenant.directory.mailboxes.values()];
    expect(all.pages).toBe(Math.ceil(mailboxes.length / 3));
    expect(all.value.map((m) => m.Alias)).toEqual(mailboxes.map((m) => m.alias));
    expect(Object.keys(all.value[0]).sort()).toEqual(["Alias", "Guid", "Guid@data.type", "Guid@odata.type"]);
    const first = await invoke(sim, { token, tenant: tenant.id, cmdlet: "Get-Mailbox", pageSize: 3 });
    const other = await invoke(sim, { token, tenant: tenant.id, cmdlet: "Get-Mailbox", params: { RecipientTypeDetails: "SharedMailbox" }, url: first.body["@odata.nextLink"] });
    expect(other.status).toBe(400);
    const whole = await invoke(sim, { token, tenant: tenant.id, cmdlet: "Get-Mailbox" });
    expect(whole.body.value).toHaveLength(mailboxes.length);
    expect(whole.body["@odata.nextLink"]).toBeUndefined();
  });

  it("answers an unknown cmdlet with the service's error shape and PowerShell's text", async () => {
    const r = await invoke(sim, { token, tenant: tenant.initialDomain, cmdlet: "Get-Foo" });
    expect(r.status).toBe(403);
    expect(r.body.error).toMatchObject({ code: "Forbidden", message: "Error executing cmdlet" });
    expect(detail(r.body)).toMatch(/^\|System\.Management\.Automation\.CommandNotFoundException\|The term 'Get-Foo' is not recognized as a name of a cmdlet, function, script file, or executable program\./);
    expect(r.body.error.innererror.internalexception.message).toContain("DirectInvokeCmdletExecutionException");
  });

  it("binds parameters like PowerShell: case-insensitive, unknown and missing ones rejected", async () => {
    const admin = `admin@${tenant.defaultDomain}`;
    const ok = await invoke(sim, { token, tenant: tenant.initialDomain, cmdlet: "get-MAILBOX", params: { identity: admin } });
    expect(ok.body.value[0].UserPrincipalName).toBe(admin);
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ["Get-Mailbox", { Bogus: 1 }, /A parameter cannot be found that matches parameter name 'Bogus'\./],
      ["Set-Mailbox", { Type: "Shared" }, /missing mandatory parameters: Identity\./],
      ["Set-Mailbox", { Identity: admin, Type: "Kiosk" }, /Unable to match the identifier name Kiosk to a valid enumerator name/],
      ["Set-Mailbox", { Identity: admin, HiddenFromAddressListsEnabled: "yes" }, /Boolean parameters accept only Boolean values/],
      ["Get-Mailbox", { Identity: admin, Filter: "Alias -eq 'x'" }, /Parameter set cannot be resolved/],
      ["Get-Mailbox", { Filter: "Alias -eq" }, /Invalid filter syntax/],
    ];
    for (const [cmdlet, params, message] of cases) {
      const r = await invoke(sim, { token, tenant: tenant.initialDomain, cmdlet, params });
      expect(r.status, `${cmdlet} ${JSON.stringify(params)}`).toBe(400);
      expect(detail(r.body)).toMatch(message);
    }
  });

  it("reports a missing object the way Exchange words it", async () => {
    const r = await invoke(sim, { token, tenant: tenant.initialDomain, cmdlet: "Get-Mailbox", params: { Identity: "nobody@nowhere.example" } });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe("NotFound");
    expect(detail(r.body)).toMatch(/^Ex6F9304\|Microsoft\.Exchange\.Configuration\.Tasks\.ManagementObjectNotFoundException\|The operation couldn't be performed because object 'nobody@nowhere\.example' couldn't be found on '[A-Z0-9]+DC\d\d\.[A-Z0-9]+\.PROD\.OUTLOOK\.COM'\.$/);
  });

  it("logs the cmdlet as the operation and lets faults target one cmdlet", async () => {
    sim.ctx.faults.add({ host: "exchange", op: "exchange.invokeCommand.Get-TransportRule", throttleRate: 1, retryAfterSeconds: 7, count: 1 });
    const throttled = await invoke(sim, { token, tenant: tenant.initialDomain, cmdlet: "Get-TransportRule" });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("7");
    expect(throttled.body.error).toMatchObject({ code: "TooManyRequests", details: [{ code: "Client" }] });
    expect((await invoke(sim, { token, tenant: tenant.initialDomain, cmdlet: "Get-Mailbox", params: { ResultSize: 1 } })).status).toBe(200);
    expect((await invoke(sim, { token, tenant: tenant.initialDomain, cmdlet: "Get-TransportRule" })).status).toBe(200);

    sim.ctx.faults.add({ host: "exchange", tenant: tenant.initialDomain, errorRate: 1, errorStatus: 503, count: 1 });
    const failed = await invoke(sim, { token, tenant: tenant.id, cmdlet: "Get-Mailbox" });
    expect(failed.status).toBe(503);
    expect(failed.headers.get("retry-after")).toBe("2");
    expect(failed.body.error.code).toBe("ServiceUnavailable");

    const ops = sim.ctx.log.query({ op: "exchange.invokeCommand" }).map((e) => `${e.op} ${e.status}`);
    expect(ops).toContain("exchange.invokeCommand.Get-TransportRule 429");
    expect(ops).toContain("exchange.invokeCommand.Get-Mailbox 503");
    expect(ops).toContain("exchange.invokeCommand 403");
  });
});
