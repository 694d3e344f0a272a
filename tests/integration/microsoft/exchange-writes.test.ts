import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "../../../simulator/server";
import type { ExchangeClient } from "@/lib/microsoft/exchange/client";
import {
  addDistributionGroupMember, addMailboxPermission, addRecipientPermission, convertMailbox, disableInboxRule, getAutoReply,
  getDistributionGroups, getInboxRules, getMailbox, getMailboxes, getMailboxPermissions, getRecipientPermissions, removeDistributionGroupMember,
  removeInboxRule, removeMailboxPermission, removeRecipientPermission, setAutoReply, setForwarding,
} from "@/lib/microsoft/exchange/operations";
import type { Mailbox } from "@/lib/microsoft/exchange/types";
import { startTestSimulator } from "../../helpers/sim";
import { exchangeClient, tenantDetail, world, type WorldTenant } from "./support";

let sim: Simulator;
let tenant: WorldTenant;
let exo: ExchangeClient;
let users: Mailbox[];

beforeAll(async () => {
  sim = await startTestSimulator({ tenants: 2 });
  tenant = (await world(sim)).tenants[0]!;
  exo = exchangeClient(sim, tenant);
  users = (await getMailboxes(exo, { types: ["user"] })).filter((m) => !m.accountDisabled);
});
afterAll(() => sim.close());

const counts = async () => (await tenantDetail(sim, tenant.tenantId)).counts;

describe("mailbox type and forwarding", () => {
  it("converts a user mailbox to shared and back; a repeat is changed: false", async () => {
    const m = users[3]!;
    const before = await counts();
    const toShared = await convertMailbox(exo, m.userPrincipalName, "shared");
    expect(toShared).toMatchObject({ changed: true, warnings: [] });
    expect(toShared.requestIds).toHaveLength(1);
    expect((await getMailbox(exo, m.userPrincipalName)).type).toBe("shared");
    expect((await counts()).sharedMailboxes).toBe(before.sharedMailboxes + 1);

    const again = await convertMailbox(exo, m.userPrincipalName, "shared");
    expect(again.changed).toBe(false);
    expect(again.warnings[0]).toMatch(/no settings of .* have been modified/);

    expect((await convertMailbox(exo, m.userPrincipalName, "user")).changed).toBe(true);
    expect((await getMailbox(exo, m.userPrincipalName)).type).toBe("user");
    expect((await counts()).sharedMailboxes).toBe(before.sharedMailboxes);
  });

  it("clears the planted free-mail forwarding, and sets internal forwarding keeping a copy", async () => {
    const planted = (await tenantDetail(sim, tenant.tenantId)).forwardingMailboxes[0];
    expect((await setForwarding(exo, planted.mailbox, null)).changed).toBe(true);
    const cleared = await getMailbox(exo, planted.mailbox);
    expect(cleared.forwarding).toEqual({ smtpAddress: null, recipient: null, deliverToMailboxAndForward: false });
    expect((await tenantDetail(sim, tenant.tenantId)).forwardingMailboxes).toHaveLength(0);

    expect((await setForwarding(exo, planted.mailbox, { recipient: users[4]!.userPrincipalName })).changed).toBe(true);
    const internal = await getMailbox(exo, planted.mailbox);
    expect(internal.forwarding.recipient).toBe(users[4]!.alias);
    expect(internal.forwarding.deliverToMailboxAndForward).toBe(true);
    expect((await setForwarding(exo, planted.mailbox, null)).changed).toBe(true);
  });
});

describe("permissions", () => {
  it("adds, lists and removes FullAccess; repeats are changed: false", async () => {
    const [box, delegate] = [users[5]!, users[6]!];
    const added = await addMailboxPermission(exo, box.userPrincipalName, delegate.userPrincipalName, { autoMapping: false });
    expect(added.changed).toBe(true);
    expect(added.permission).toMatchObject({ user: delegate.userPrincipalName, accessRights: ["FullAccess"], isInherited: false });
    expect((await getMailboxPermissions(exo, box.userPrincipalName)).some((p) => p.user === delegate.userPrincipalName)).toBe(true);
    expect((await addMailboxPermission(exo, box.userPrincipalName, delegate.userPrincipalName)).changed).toBe(false);

    expect((await removeMailboxPermission(exo, box.userPrincipalName, delegate.userPrincipalName)).changed).toBe(true);
    expect((await getMailboxPermissions(exo, box.userPrincipalName)).some((p) => p.user === delegate.userPrincipalName)).toBe(false);
    const again = await removeMailboxPermission(exo, box.userPrincipalName, delegate.userPrincipalName);
    expect(again.changed).toBe(false);
    expect(again.warnings[0]).toMatch(/ACE doesn't exist/);
  });

  it("adds and removes Send As; repeats are changed: false", async () => {
    const [box, trustee] = [users[7]!, users[8]!];
    expect((await addRecipientPermission(exo, box.userPrincipalName, trustee.userPrincipalName)).changed).toBe(true);
    expect((await getRecipientPermissions(exo, box.userPrincipalName)).find((p) => p.trustee === trustee.userPrincipalName))
      .toMatchObject({ accessRights: ["SendAs"], accessControlType: "Allow" });
    expect((await addRecipientPermission(exo, box.userPrincipalName, trustee.userPrincipalName)).changed).toBe(false);
    expect((await removeRecipientPermission(exo, box.userPrincipalName, trustee.userPrincipalName)).changed).toBe(true);
    expect((await removeRecipientPermission(exo, box.userPrincipalName, trustee.userPrincipalName)).changed).toBe(false);
  });
});

describe("auto-reply", () => {
  it("schedules an auto-reply, reads it back, and reports an identical repeat as changed: false", async () => {
    const upn = users[9]!.userPrincipalName;
    const change = {
      state: "scheduled", internalMessage: "Out until Monday.", externalMessage: "I'm away.", externalAudience: "known",
      startTime: "2030-01-01T08:00:00.000Z", endTime: "2030-01-06T08:00:00.000Z",
    } as const;
    expect((await setAutoReply(exo, upn, change)).changed).toBe(true);
    expect(await getAutoReply(exo, upn)).toMatchObject(change);
    expect((await setAutoReply(exo, upn, change)).changed).toBe(false);
    expect((await setAutoReply(exo, upn, { state: "disabled" })).changed).toBe(true);
    expect((await getAutoReply(exo, upn)).state).toBe("disabled");
  });
});

describe("inbox rules", () => {
  it("disables the planted suspicious rule in world.customers[0], once", async () => {
    const planted = (await tenantDetail(sim, tenant.tenantId)).suspiciousInboxRules[0];
    const first = await disableInboxRule(exo, planted.mailbox, planted.ruleIdentity);
    expect(first.changed).toBe(true);
    const rule = (await getInboxRules(exo, planted.mailbox)).find((r) => r.ruleId === planted.ruleIdentity)!;
    expect(rule.enabled).toBe(false);
    expect((await disableInboxRule(exo, planted.mailbox, planted.ruleIdentity)).changed).toBe(false);
  });

  it("removes a rule", async () => {
    const planted = (await tenantDetail(sim, tenant.tenantId)).suspiciousInboxRules[1];
    expect((await removeInboxRule(exo, planted.mailbox, planted.ruleIdentity)).changed).toBe(true);
    expect((await getInboxRules(exo, planted.mailbox)).some((r) => r.ruleId === planted.ruleIdentity)).toBe(false);
    await expect(removeInboxRule(exo, planted.mailbox, planted.ruleIdentity)).rejects.toMatchObject({ code: "MICROSOFT_NOT_FOUND" });
  });
});

describe("distribution groups", () => {
  it("adds and removes a member; an existing member or a non-member is changed: false", async () => {
    const [group] = await getDistributionGroups(exo);
    const member = users[10]!.userPrincipalName;
    expect((await addDistributionGroupMember(exo, group!.identity, member)).changed).toBe(true);
    const again = await addDistributionGroupMember(exo, group!.identity, member);
    expect(again.changed).toBe(false);
    expect(again.warnings[0]).toMatch(/already a member/);
    expect((await removeDistributionGroupMember(exo, group!.identity, member)).changed).toBe(true);
    expect((await removeDistributionGroupMember(exo, group!.identity, member)).changed).toBe(false);
  });
});
