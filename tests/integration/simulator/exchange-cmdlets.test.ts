import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSimulator } from "../../helpers/sim";
import type { Simulator } from "../../../simulator/server";
import type { Mailbox, Tenant } from "../../../simulator/world/types";
import { delegatedToken, persona } from "./support/delegated";
import { detail, invoke } from "./support/exchange";

let sim: Simulator;
let tenant: Tenant;
let token: string;
const run = (cmdlet: string, params: Record<string, unknown> = {}) => invoke(sim, { token, tenant: tenant.initialDomain, cmdlet, params });
const mailboxes = () => [...tenant.directory.mailboxes.values()];
const userMailbox = (i: number) => mailboxes().filter((m) => m.recipientTypeDetails === "UserMailbox")[i]!;

beforeAll(async () => {
  sim = await startTestSimulator();
  tenant = sim.ctx.world.customers[0]!;
  token = await delegatedToken(sim, { upn: persona(sim, "technician"), target: tenant, resource: "exchange" });
});
afterAll(() => sim.close());

describe("mailbox settings", () => {
  it("converts a mailbox to shared and back, warning when nothing changes", async () => {
    const m = userMailbox(5);
    const set = await run("Set-Mailbox", { Identity: m.userPrincipalName, Type: "Shared" });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ value: [], "@adminapi.warnings": [] });
    expect(m.recipientTypeDetails).toBe("SharedMailbox");
    const got = (await run("Get-Mailbox", { Identity: m.alias })).body.value[0];
    expect(got).toMatchObject({ RecipientTypeDetails: "SharedMailbox", IsShared: true });
    expect(Date.parse(got.WhenChanged)).toBeGreaterThan(Date.parse(got.WhenCreated));
    const again = await run("Set-Mailbox", { Identity: m.userPrincipalName, Type: "Shared" });
    expect(again.body["@adminapi.warnings"]).toEqual([`The command completed successfully but no settings of '${m.alias}' have been modified.`]);
    await run("Set-Mailbox", { Identity: m.guid, Type: "Regular" });
    expect(m.recipientTypeDetails).toBe("UserMailbox");
  });

  it("finds planted forwarding with -Filter and sets, clears and hides", async () => {
    const hits = (await run("Get-Mailbox", { Filter: "ForwardingSmtpAddress -ne $null", ResultSize: "Unlimited" })).body.value;
    expect(hits.map((m: any) => m.ForwardingSmtpAddress)).toContain("smtp:c.archive.mail@gmail.com");
    expect(hits.length).toBe(mailboxes().filter((m) => m.forwardingSmtpAddress).length);
    const planted = mailboxes().find((m) => m.forwardingSmtpAddress === "smtp:c.archive.mail@gmail.com")!;
    await run("Set-Mailbox", { Identity: planted.primarySmtpAddress, ForwardingSmtpAddress: null, DeliverToMailboxAndForward: false });
    expect(planted.forwardingSmtpAddress).toBeNull();

    const m = userMailbox(6);
    await run("Set-Mailbox", { Identity: m.alias, ForwardingSmtpAddress: "someone@example.com", DeliverToMailboxAndForward: true, HiddenFromAddressListsEnabled: true });
    expect((await run("Get-Mailbox", { Identity: m.alias })).body.value[0]).toMatchObject({
      ForwardingSmtpAddress: "smtp:someone@example.com", DeliverToMailboxAndForward: true, HiddenFromAddressListsEnabled: true,
    });
    const colleague = userMailbox(7);
    await run("Set-Mailbox", { Identity: m.alias, ForwardingAddress: colleague.userPrincipalName });
    expect(m.forwardingAddress).toBe(colleague.alias);
    const bad = await run("Set-Mailbox", { Identity: m.alias, ForwardingSmtpAddress: "not an address" });
    expect(bad.status).toBe(400);
  });

  it("sets and reads the auto-reply", async () => {
    const m = userMailbox(8);
    const params = { Identity: m.alias, AutoReplyState: "Scheduled", InternalMessage: "Away", ExternalMessage: "Out", ExternalAudience: "Known", StartTime: "2030-01-01T08:00:00Z", EndTime: "2030-01-08T08:00:00Z" };
    expect((await run("Set-MailboxAutoReplyConfiguration", params)).status).toBe(200);
    const got = (await run("Get-MailboxAutoReplyConfiguration", { Identity: m.userPrincipalName })).body.value[0];
    expect(got).toMatchObject({ AutoReplyState: "Scheduled", InternalMessage: "Away", ExternalAudience: "Known", StartTime: "2030-01-01T08:00:00.0000000+00:00", "EndTime@data.type": "System.DateTime" });
    const backwards = await run("Set-MailboxAutoReplyConfiguration", { ...params, EndTime: "2029-01-01T00:00:00Z" });
    expect(backwards.status).toBe(400);
    expect(m.autoReply.endTime).toBe("2030-01-08T08:00:00.000Z");
  });

  it("reports statistics and transport rules", async () => {
    const m = userMailbox(0);
    const stats = (await run("Get-MailboxStatistics", { Identity: m.alias })).body.value[0];
    expect(stats).toMatchObject({ DisplayName: m.displayName, ItemCount: m.itemCount, MailboxGuid: m.exchangeGuid });
    expect(stats.TotalItemSize).toMatch(/ \(([\d,]+) bytes\)$/);
    const rules = (await run("Get-TransportRule")).body.value;
    expect(rules.map((r: any) => r.Name)).toEqual(tenant.directory.transportRules.map((r) => r.name));
  });
});

describe("permissions", () => {
  it("adds and removes Full Access", async () => {
    const shared = mailboxes().find((m) => m.recipientTypeDetails === "SharedMailbox")!;
    const who = userMailbox(9).userPrincipalName;
    const added = await run("Add-MailboxPermission", { Identity: shared.alias, User: who, AccessRights: ["FullAccess"], InheritanceType: "All", AutoMapping: false });
    expect(added.body.value[0]).toMatchObject({ User: who, AccessRights: ["FullAccess"], IsInherited: false, Deny: false });
    const listed = await run("Get-MailboxPermission", { Identity: shared.alias, User: who });
    expect(listed.body.value).toHaveLength(1);
    await run("Remove-MailboxPermission", { Identity: shared.alias, User: who, AccessRights: "FullAccess", InheritanceType: "All", Confirm: false });
    expect(shared.permissions.some((p) => p.user === who)).toBe(false);
    const again = await run("Remove-MailboxPermission", { Identity: shared.alias, User: who, AccessRights: "FullAccess" });
    expect(again.body["@adminapi.warnings"][0]).toMatch(/because the ACE doesn't exist on the object\.$/);
    const nobody = await run("Add-MailboxPermission", { Identity: shared.alias, User: "ghost@nowhere.example", AccessRights: "FullAccess" });
    expect(detail(nobody.body)).toMatch(/User or group "ghost@nowhere.example" wasn't found/);
  });

  it("adds and removes Send As", async () => {
    const shared = mailboxes().find((m) => m.recipientTypeDetails === "SharedMailbox")!;
    const who = userMailbox(10).userPrincipalName;
    const added = await run("Add-RecipientPermission", { Identity: shared.primarySmtpAddress, Trustee: who, AccessRights: "SendAs", Confirm: false });
    expect(added.body.value[0]).toMatchObject({ Trustee: who, AccessRights: ["SendAs"], AccessControlType: "Allow" });
    expect((await run("Get-RecipientPermission", { Identity: shared.alias, Trustee: who })).body.value).toHaveLength(1);
    await run("Remove-RecipientPermission", { Identity: shared.alias, Trustee: who, AccessRights: "SendAs", Confirm: false });
    expect(shared.recipientPermissions.some((p) => p.trustee === who)).toBe(false);
  });
});

describe("inbox rules", () => {
  const victim = (label: string): Mailbox => mailboxes().find((m) => m.inboxRules.some((r) => r.suspicious === label))!;

  it("disables the planted external-forwarding rule and removes the delete-all rule", async () => {
    const a = victim("external-forward");
    const rules = (await run("Get-InboxRule", { Mailbox: a.userPrincipalName })).body.value;
    const fwd = rules.find((r: any) => r.ForwardTo?.some((t: string) => t.includes("protonmail.com")));
    expect(fwd).toMatchObject({ Enabled: true, MarkAsRead: true, Identity: `${a.alias}\\${fwd.RuleIdentity}` });
    expect(fwd.Description).toMatch(/forward the message to/);
    await run("Disable-InboxRule", { Mailbox: a.alias, Identity: String(fwd.RuleIdentity), Confirm: false });
    expect((await run("Get-InboxRule", { Mailbox: a.alias, Identity: fwd.Identity })).body.value[0].Enabled).toBe(false);

    const b = victim("delete-all");
    const rule = b.inboxRules.find((r) => r.suspicious === "delete-all")!;
    expect((await run("Remove-InboxRule", { Identity: `${b.alias}\\${rule.ruleIdentity}`, Confirm: false })).status).toBe(200);
    expect(b.inboxRules.includes(rule)).toBe(false);
    const gone = await run("Remove-InboxRule", { Mailbox: b.alias, Identity: rule.ruleIdentity });
    expect(gone.status).toBe(404);
  });
});

describe("distribution groups", () => {
  it("lists only distribution lists and changes membership in the directory", async () => {
    const groups = (await run("Get-DistributionGroup")).body.value;
    expect(groups.map((g: any) => g.DisplayName).sort()).toEqual(["All Staff", "Sales Team"]);
    const sales = [...tenant.directory.groups.values()].find((g) => g.displayName === "Sales Team")!;
    const outsider = mailboxes().find((m) => m.recipientTypeDetails === "UserMailbox" && !sales.members.has(m.externalDirectoryObjectId))!;
    expect((await run("Add-DistributionGroupMember", { Identity: "Sales Team", Member: outsider.primarySmtpAddress })).status).toBe(200);
    expect(sales.members.has(outsider.externalDirectoryObjectId)).toBe(true);
    const dup = await run("Add-DistributionGroupMember", { Identity: sales.mail!, Member: outsider.alias });
    expect(detail(dup.body)).toMatch(/is already a member of the group "Sales Team"\./);
    await run("Remove-DistributionGroupMember", { Identity: sales.id, Member: outsider.userPrincipalName, Confirm: false });
    expect(sales.members.has(outsider.externalDirectoryObjectId)).toBe(false);
    const m365 = await run("Add-DistributionGroupMember", { Identity: `${tenant.displayName} Team`, Member: outsider.alias });
    expect(m365.status).toBe(404);
  });

  it("changes nothing under -WhatIf", async () => {
    const m = userMailbox(11);
    await run("Set-Mailbox", { Identity: m.alias, Type: "Shared", WhatIf: true });
    expect(m.recipientTypeDetails).toBe("UserMailbox");
  });
});
