import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSimulator } from "../../helpers/sim";
import type { Simulator } from "../../../simulator/server";
import type { Tenant } from "../../../simulator/world/types";
import { appClaims } from "../../../simulator/identity/claims";
import { delegatedToken, persona } from "./support/delegated";
import { detail, invoke } from "./support/exchange";

let sim: Simulator;
let tenant: Tenant;
let tech: string;
const CROSS_FOREST = /^\|Microsoft\.Exchange\.Data\.Directory\.InsufficientPermissionsException\|Source server:\S+\.PROD\.OUTLOOK\.COM doesn't have write permission to target DC:\S+\.PROD\.OUTLOOK\.COM\. Usually it indicates that target forest isn't an account partition of source forest\. Additional information: Insufficient access rights to perform the operation\.\nActive directory response: 00002098: SecErr: DSID-031514A0, problem 4003 \(INSUFF_ACCESS_RIGHTS\), data 0\n$/;

beforeAll(async () => {
  sim = await startTestSimulator();
  tenant = sim.ctx.world.customers.find((t) => t.health === "healthy" && t.defaultDomain !== t.initialDomain)!;
  tech = await delegatedToken(sim, { upn: persona(sim, "technician"), target: tenant, resource: "exchange" });
});
afterAll(() => sim.close());

const mailbox = (i: number) => [...tenant.directory.mailboxes.values()].filter((m) => m.recipientTypeDetails === "UserMailbox")[i]!;

describe("organisation in the path", () => {
  it("reads and writes by tenant id and by the initial .onmicrosoft.com domain", async () => {
    const m = mailbox(1);
    for (const segment of [tenant.id, tenant.initialDomain, tenant.initialDomain.toUpperCase()]) {
      expect((await invoke(sim, { token: tech, tenant: segment, cmdlet: "Get-Mailbox", params: { Identity: m.alias } })).status).toBe(200);
    }
    await invoke(sim, { token: tech, tenant: tenant.id, cmdlet: "Set-Mailbox", params: { Identity: m.alias, HiddenFromAddressListsEnabled: true } });
    expect(m.hiddenFromAddressListsEnabled).toBe(true);
    await invoke(sim, { token: tech, tenant: tenant.initialDomain, cmdlet: "Set-Mailbox", params: { Identity: m.alias, HiddenFromAddressListsEnabled: false } });
    expect(m.hiddenFromAddressListsEnabled).toBe(false);
  });

  it("reads by the vanity default domain but fails writes with the cross-forest error", async () => {
    const m = mailbox(2);
    const read = await invoke(sim, { token: tech, tenant: tenant.defaultDomain, cmdlet: "Get-Mailbox", params: { Identity: m.alias } });
    expect(read.status).toBe(200);
    for (const [cmdlet, params] of [
      ["Set-Mailbox", { Identity: m.alias, Type: "Shared" }],
      ["Add-MailboxPermission", { Identity: m.alias, User: mailbox(3).userPrincipalName, AccessRights: "FullAccess" }],
    ] as const) {
      const write = await invoke(sim, { token: tech, tenant: tenant.defaultDomain, cmdlet, params });
      expect(write.status).toBe(403);
      expect(write.body.error.message).toBe("Error executing cmdlet");
      expect(detail(write.body)).toMatch(CROSS_FOREST);
    }
    expect(m.recipientTypeDetails).toBe("UserMailbox");
    expect(m.permissions).toHaveLength(1);
  });

  it("answers 404 for an unknown organisation and 400 for an unknown API version; v1.0 works", async () => {
    expect((await invoke(sim, { token: tech, tenant: "nowhere.onmicrosoft.com", cmdlet: "Get-Mailbox" })).status).toBe(404);
    expect((await invoke(sim, { token: tech, tenant: tenant.id, cmdlet: "Get-Mailbox", version: "v2.0" })).status).toBe(400);
    const v1 = await invoke(sim, { token: tech, tenant: tenant.id, cmdlet: "Get-Mailbox", version: "v1.0", params: { ResultSize: 1 } });
    expect(v1.status).toBe(200);
    expect(v1.body["@odata.context"]).toContain("/adminapi/v1.0/");
  });

  it("accepts UPN: and APP: anchor mailboxes", async () => {
    const upn = await invoke(sim, { token: tech, tenant: tenant.initialDomain, cmdlet: "Get-Mailbox", params: { ResultSize: 1 }, headers: { "x-anchormailbox": `UPN:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@${tenant.initialDomain}` } });
    expect(upn.status).toBe(200);
  });
});

describe("tokens and roles", () => {
  it("rejects missing, foreign-tenant, wrong-audience and expired tokens with 401", async () => {
    const other = sim.ctx.world.customers.find((t) => t.id !== tenant.id && t.health === "healthy")!;
    const tokens = [
      "",
      await delegatedToken(sim, { upn: persona(sim, "technician"), target: other, resource: "exchange" }),
      await delegatedToken(sim, { upn: persona(sim, "technician"), target: tenant, resource: "graph" }),
      await delegatedToken(sim, { upn: persona(sim, "technician"), target: tenant, resource: "exchange", lifetimeSeconds: -3600 }),
    ];
    for (const token of tokens) {
      const r = await invoke(sim, { token, tenant: tenant.initialDomain, cmdlet: "Get-Mailbox" });
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe("Unauthorized");
      expect(r.headers.get("www-authenticate")).toMatch(/^Bearer client_id="00000002-0000-0ff1-ce00-000000000000"/);
    }
  });

  it("lets a Global Reader read but not write: Exchange hides cmdlets outside the caller's roles", async () => {
    const noExchangeRole = sim.ctx.world.customers.find((t) => t.health === "no-exchange-role")!;
    const readers = [
      { token: await delegatedToken(sim, { upn: persona(sim, "technician"), target: noExchangeRole, resource: "exchange" }), t: noExchangeRole },
      { token: await delegatedToken(sim, { upn: persona(sim, "read-only"), target: tenant, resource: "exchange" }), t: tenant },
    ];
    for (const { token, t } of readers) {
      const m = [...t.directory.mailboxes.values()][0]!;
      expect((await invoke(sim, { token, tenant: t.initialDomain, cmdlet: "Get-Mailbox", params: { Identity: m.alias } })).status).toBe(200);
      const write = await invoke(sim, { token, tenant: t.initialDomain, cmdlet: "Set-Mailbox", params: { Identity: m.alias, Type: "Shared" } });
      expect(write.status).toBe(403);
      expect(detail(write.body)).toMatch(/The term 'Set-Mailbox' is not recognized as a name of a cmdlet/);
      expect(m.recipientTypeDetails).not.toBe("SharedMailbox");
    }
  });

  it("refuses every cmdlet to a user without an Exchange-relevant role", async () => {
    const token = await delegatedToken(sim, { upn: persona(sim, "no-access"), target: tenant, resource: "exchange" });
    const r = await invoke(sim, { token, tenant: tenant.initialDomain, cmdlet: "Get-Mailbox" });
    expect(r.status).toBe(403);
    expect(detail(r.body)).toMatch(/The term 'Get-Mailbox' is not recognized/);
  });

  it("needs a directory role on the app for app-only access, as EXO app-only authentication does", async () => {
    const claims = appClaims({ base: `${sim.url}/login.microsoftonline.com`, target: tenant, resource: "exchange", roles: ["Exchange.ManageAsApp"], app: sim.ctx.world.samApp });
    const bare = await invoke(sim, { token: await sim.ctx.tokens.sign(claims, 3600), tenant: tenant.initialDomain, cmdlet: "Get-Mailbox" });
    expect(bare.status).toBe(403);
    expect(detail(bare.body)).toMatch(/The role assigned to application .+ isn't supported in this scenario\./);
    const withRole = await sim.ctx.tokens.sign({ ...claims, wids: ["29232cdf-9323-42fd-ade2-1d097af3e4de"] }, 3600);
    expect((await invoke(sim, { token: withRole, tenant: tenant.initialDomain, cmdlet: "Get-Mailbox", params: { ResultSize: 1 } })).status).toBe(200);
  });

  it("lets the customer's own Exchange admin manage their organisation", async () => {
    const exAdmin = [...tenant.directory.directoryRoles.find((r) => r.roleTemplateId === "29232cdf-9323-42fd-ade2-1d097af3e4de")!.members][0]!;
    const token = await delegatedToken(sim, { upn: tenant.directory.users.get(exAdmin)!.userPrincipalName, resource: "exchange" });
    const m = mailbox(4);
    const r = await invoke(sim, { token, tenant: tenant.initialDomain, cmdlet: "Set-Mailbox", params: { Identity: m.alias, DeliverToMailboxAndForward: true } });
    expect(r.status).toBe(200);
    expect(m.deliverToMailboxAndForward).toBe(true);
  });
});
