import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "../../../simulator/server";
import { resolveInitialDomain, type DomainInfo } from "@/lib/microsoft/exchange/domains";
import {
  getAutoReply, getDistributionGroups, getInboxRules, getMailbox, getMailboxes, getMailboxPermissions, getMailboxStatistics,
  getRecipientPermissions, getTransportRules, setMailbox,
} from "@/lib/microsoft/exchange/operations";
import { control } from "../../helpers/control";
import { startTestSimulator } from "../../helpers/sim";
import { tokenFor } from "../../helpers/tokens";
import { exchangeCalls, exchangeClient, failure, lastSeq, tenantDetail, world, type WorldTenant } from "./support";

let sim: Simulator;
let tenant: WorldTenant;
let detail: any;

beforeAll(async () => {
  sim = await startTestSimulator({ tenants: 12 });
  tenant = (await world(sim)).tenants[0]!;
  detail = await tenantDetail(sim, tenant.tenantId);
});
afterEach(async () => void (await control(sim).del("/faults")));
afterAll(() => sim.close());

describe("reads", () => {
  it("lists every mailbox as our Mailbox type, filtered by type on the server", async () => {
    const exo = exchangeClient(sim, tenant);
    const all = await getMailboxes(exo);
    expect(all).toHaveLength(detail.counts.userMailboxes + detail.counts.sharedMailboxes);
    expect(all.every((m) => m.userPrincipalName && m.primarySmtpAddress && m.id)).toBe(true);
    expect(all.flatMap((m) => Object.keys(m)).some((k) => k.includes("@"))).toBe(false);
    const shared = await getMailboxes(exo, { types: ["shared"] });
    expect(shared).toHaveLength(detail.counts.sharedMailboxes);
    expect(shared.every((m) => m.type === "shared")).toBe(true);
  });

  it("follows @odata.nextLink, POSTing the same body, until the listing ends", async () => {
    const exo = exchangeClient(sim, tenant);
    const since = await lastSeq(sim);
    const paged = await getMailboxes(exo, { pageSize: 10 });
    const whole = await getMailboxes(exo);
    expect(paged.map((m) => m.id)).toEqual(whole.map((m) => m.id));
    const calls = await exchangeCalls(sim, since, "exchange.invokeCommand.Get-Mailbox");
    expect(calls).toHaveLength(Math.ceil(whole.length / 10) + 1);
    expect(calls.every((c) => c.status === 200)).toBe(true);
    const raw = await exo.invoke("Get-Mailbox", { ResultSize: "Unlimited" }, { pageSize: 25, select: ["Alias"] });
    expect(raw.records).toHaveLength(whole.length);
    expect(raw.requestIds).toHaveLength(Math.ceil(whole.length / 25));
    expect(Object.keys(raw.records[0]!)).toEqual(["Alias"]);
  });

  it("reads one mailbox, its statistics, permissions, Send As and auto-reply", async () => {
    const exo = exchangeClient(sim, tenant);
    const upn = detail.forwardingMailboxes[0].mailbox as string;
    const m = await getMailbox(exo, upn);
    expect(m.userPrincipalName).toBe(upn);
    expect(m.forwarding.smtpAddress).toBe(detail.forwardingMailboxes[0].forwardingSmtpAddress.replace(/^smtp:/, ""));
    const stats = await getMailboxStatistics(exo, upn);
    expect(stats.mailboxGuid).toBe(m.exchangeGuid);
    expect(stats.totalItemSizeBytes).toBeGreaterThan(0);
    expect((await getMailboxPermissions(exo, upn)).some((p) => p.user === "NT AUTHORITY\\SELF")).toBe(true);
    expect(Array.isArray(await getRecipientPermissions(exo, upn))).toBe(true);
    expect(["disabled", "enabled", "scheduled"]).toContain((await getAutoReply(exo, upn)).state);
  });

  it("reads inbox rules (hidden ones included), transport rules and distribution groups", async () => {
    const exo = exchangeClient(sim, tenant);
    const planted = detail.suspiciousInboxRules.find((r: { kind: string }) => r.kind === "external-forward");
    const rules = await getInboxRules(exo, planted.mailbox);
    const rule = rules.find((r) => r.ruleId === planted.ruleIdentity)!;
    expect(rule).toMatchObject({ name: planted.name, enabled: true });
    expect(rule.forwardTo.length + rule.redirectTo.length + rule.forwardAsAttachmentTo.length).toBeGreaterThan(0);
    expect(await getTransportRules(exo)).toHaveLength(detail.counts.transportRules);
    const groups = await getDistributionGroups(exo, { pageSize: 1 });
    expect(groups.length).toBeGreaterThanOrEqual(detail.counts.distributionLists);
    expect(groups.every((g) => g.primarySmtpAddress && g.identity)).toBe(true);
  });

  it("reports an unknown mailbox as MICROSOFT_NOT_FOUND", async () => {
    const e = await failure(getMailbox(exchangeClient(sim, tenant), "nobody@nowhere.example"));
    expect(e.code).toBe("MICROSOFT_NOT_FOUND");
    expect(e.upstream).toMatchObject({ status: 404, code: "ManagementObjectNotFoundException" });
  });
});

describe("addressing the tenant", () => {
  it("finds the initial domain from Graph /domains (isInitial)", async () => {
    const graphToken = await tokenFor(sim, tenant.tenantId, "graph");
    const listDomains = async () => {
      const res = await fetch(`${sim.url}/graph.microsoft.com/v1.0/domains`, { headers: { authorization: `Bearer ${graphToken}` } });
      return ((await res.json()) as { value: DomainInfo[] }).value;
    };
    expect(tenant.defaultDomain).not.toBe(tenant.initialDomain);
    expect(await resolveInitialDomain(listDomains)).toBe(tenant.initialDomain);
    await expect(resolveInitialDomain(async () => [{ id: tenant.defaultDomain, isDefault: true }])).rejects.toMatchObject({ code: "MICROSOFT_NOT_FOUND" });
  });

  it("writes by the initial domain; by the vanity domain reads work but writes fail with EXCHANGE_WRONG_TENANT_ID", async () => {
    const upn = detail.forwardingMailboxes[0].mailbox as string;
    const right = exchangeClient(sim, tenant);
    const wrong = exchangeClient(sim, tenant, { domain: tenant.defaultDomain });
    expect((await getMailbox(wrong, upn)).userPrincipalName).toBe(upn);
    const e = await failure(setMailbox(wrong, upn, { hiddenFromAddressLists: true }));
    expect(e.code).toBe("EXCHANGE_WRONG_TENANT_ID");
    expect(e.fixIt).toMatch(/initial \.onmicrosoft\.com domain/);
    expect(e.upstream).toMatchObject({ status: 403, code: "InsufficientPermissionsException" });
    expect(e.upstream?.requestId).toBeTruthy();
    expect((await getMailbox(right, upn)).hiddenFromAddressLists).toBe(false);
    expect((await setMailbox(right, upn, { hiddenFromAddressLists: true })).changed).toBe(true);
    expect((await getMailbox(right, upn)).hiddenFromAddressLists).toBe(true);
    expect((await setMailbox(right, upn, { hiddenFromAddressLists: false })).changed).toBe(true);
  });

  it("sends the system-mailbox anchor on the initial domain", async () => {
    const exo = exchangeClient(sim, tenant);
    expect(exo.tenant.initialDomain).toBe(tenant.initialDomain);
    const r = await exo.invoke("Get-Mailbox", { ResultSize: 1 }, { anchor: `UPN:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@${tenant.initialDomain}` });
    expect(r.records).toHaveLength(1);
  });
});

describe("roles and throttling", () => {
  it("a tenant whose GDAP lacks Exchange Administrator → MICROSOFT_FORBIDDEN with the role fix-it", async () => {
    const noRole = (await world(sim)).tenants.find((t) => t.health === "no-exchange-role")!;
    const exo = exchangeClient(sim, noRole);
    const [first] = await getMailboxes(exo);
    const e = await failure(setMailbox(exo, first!.userPrincipalName, { hiddenFromAddressLists: true }));
    expect(e.code).toBe("MICROSOFT_FORBIDDEN");
    expect(e.fixIt).toMatch(/Exchange Administrator/);
    expect(e.upstream).toMatchObject({ status: 403, code: "CommandNotFoundException" });
  });

  it("a throttled page is retried after Retry-After and the listing completes", async () => {
    const exo = exchangeClient(sim, tenant, { http: { sleep: async () => {} } });
    await control(sim).post("/faults", { host: "exchange", tenant: tenant.initialDomain, throttleRate: 1, count: 1, retryAfterSeconds: 1 });
    expect(await getMailboxes(exo, { pageSize: 30 })).toHaveLength(detail.counts.userMailboxes + detail.counts.sharedMailboxes);
  });

  it("gives up after the configured attempts with MICROSOFT_THROTTLED", async () => {
    const waits: number[] = [];
    const exo = exchangeClient(sim, tenant, { http: { sleep: async (ms) => void waits.push(ms), retry: { maxAttempts: 2 } } });
    await control(sim).post("/faults", { host: "exchange", throttleRate: 1, count: 5, retryAfterSeconds: 3 });
    const e = await failure(getMailboxes(exo));
    expect(e.code).toBe("MICROSOFT_THROTTLED");
    expect(waits).toEqual([3_000]);
  });
});
