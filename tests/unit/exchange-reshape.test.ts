import { describe, expect, it } from "vitest";
import { pickInitialDomain } from "@/lib/microsoft/exchange/domains";
import {
  reshapeAutoReply, reshapeDistributionGroup, reshapeInboxRule, reshapeMailbox, reshapeMailboxPermission, reshapeMailboxStatistics,
  reshapeRecipientPermission, reshapeTransportRule,
} from "@/lib/microsoft/exchange/reshape";
import { byteSize, stripAnnotations } from "@/lib/microsoft/exchange/values";
import { isNoOpWarning } from "@/lib/microsoft/exchange/writes";
import { reshapeConsent, reshapeCustomer } from "@/lib/microsoft/partner-center/reshape";

// Trimmed from the captured Get-Mailbox record (reference fixture exchange.InvokeCommand.Get-Mailbox.shape).
const MAILBOX = {
  "DeliverToMailboxAndForward": true, "LitigationHoldEnabled": false, "ExchangeGuid@data.type": "System.Guid", "ExchangeGuid@odata.type": "#Guid",
  "ExchangeGuid": "00000000-0000-0000-0000-000000000002", "ForwardingAddress": null, "ForwardingSmtpAddress": "smtp:someone@example.com",
  "ProhibitSendQuota": "99 GB (106,300,440,576 bytes)", "UserPrincipalName": "adelev@contoso.onmicrosoft.com", "ArchiveStatus": "None",
  "UsageLocation": "Ireland", "AccountDisabled": false, "Alias": "AdeleV", "DisplayName": "Adele Vance",
  "EmailAddresses@odata.type": "#Collection(String)", "EmailAddresses": ["smtp:adelev@contoso.onmicrosoft.com", "SMTP:adelev@contoso.com"],
  "ExternalDirectoryObjectId": "00000000-0000-0000-0000-000000000003", "HiddenFromAddressListsEnabled": false, "PrimarySmtpAddress": "adelev@contoso.com",
  "RecipientTypeDetails": "UserMailbox", "Identity": "AdeleV", "WhenChanged@data.type": "System.DateTime", "WhenChanged": "2024-04-10T08:56:22.0000000+00:00",
  "WhenCreated@data.type": "System.DateTime", "WhenCreated": "2022-06-29T17:57:03.0000000+00:00", "ExchangeObjectId@data.type": "System.Guid",
  "ExchangeObjectId": "00000000-0000-0000-0000-000000000004", "Guid": "00000000-0000-0000-0000-000000000004",
};

describe("Exchange records", () => {
  it("drops OData annotations and keeps values", () => {
    const r = stripAnnotations(MAILBOX);
    expect(Object.keys(r).some((k) => k.includes("@"))).toBe(false);
    expect(r.EmailAddresses).toEqual(MAILBOX.EmailAddresses);
    expect(stripAnnotations(null)).toEqual({});
  });

  it("reshapes a captured Get-Mailbox record into our Mailbox", () => {
    expect(reshapeMailbox(stripAnnotations(MAILBOX))).toEqual({
      id: "00000000-0000-0000-0000-000000000004", exchangeGuid: "00000000-0000-0000-0000-000000000002", userId: "00000000-0000-0000-0000-000000000003",
      identity: "AdeleV", alias: "AdeleV", displayName: "Adele Vance", userPrincipalName: "adelev@contoso.onmicrosoft.com",
      primarySmtpAddress: "adelev@contoso.com", emailAddresses: ["smtp:adelev@contoso.onmicrosoft.com", "SMTP:adelev@contoso.com"],
      type: "user", recipientTypeDetails: "UserMailbox",
      forwarding: { smtpAddress: "someone@example.com", recipient: null, deliverToMailboxAndForward: true },
      hiddenFromAddressLists: false, accountDisabled: false, litigationHoldEnabled: false, archiveEnabled: false,
      prohibitSendQuotaBytes: 106_300_440_576, usageLocation: "Ireland",
      createdAt: "2022-06-29T17:57:03.000Z", changedAt: "2024-04-10T08:56:22.000Z",
    });
    expect(reshapeMailbox({ RecipientTypeDetails: "SharedMailbox" }).type).toBe("shared");
    expect(reshapeMailbox({ RecipientTypeDetails: "DiscoveryMailbox" }).type).toBe("other");
  });

  it("reads byte sizes and tolerates Unlimited", () => {
    expect(byteSize({ s: "35 MB (36,700,160 bytes)" }, "s")).toBe(36_700_160);
    expect(byteSize({ s: "Unlimited" }, "s")).toBeNull();
    expect(byteSize({ s: 12 }, "s")).toBe(12);
  });

  it("reshapes permissions, auto-replies, rules, groups and statistics", () => {
    expect(reshapeMailboxPermission({ Identity: "adelev", User: "x@y.com", AccessRights: ["FullAccess"], IsInherited: false, Deny: false, InheritanceType: "All" }))
      .toEqual({ mailbox: "adelev", user: "x@y.com", accessRights: ["FullAccess"], isInherited: false, deny: false, inheritanceType: "All" });
    expect(reshapeRecipientPermission({ Identity: "adelev", Trustee: "x@y.com", AccessRights: ["SendAs"], AccessControlType: "Allow" }).accessControlType).toBe("Allow");
    const oof = reshapeAutoReply({ Identity: "adelev", MailboxOwnerId: "adelev", AutoReplyState: "Scheduled", ExternalAudience: "Known", InternalMessage: "Away", StartTime: "2024-01-01T00:00:00.0000000+00:00" });
    expect(oof).toMatchObject({ state: "scheduled", externalAudience: "known", internalMessage: "Away", externalMessage: "", startTime: "2024-01-01T00:00:00.000Z", endTime: null });
    expect(reshapeAutoReply({ AutoReplyState: "Weird" }).state).toBe("disabled");
    const rule = reshapeInboxRule({ Identity: "adelev\\1234", RuleIdentity: 1234, Name: ".", Enabled: true, ForwardTo: ["a@evil.com"], Priority: 1 });
    expect(rule).toMatchObject({ identity: "adelev\\1234", ruleId: "1234", mailbox: "adelev", enabled: true, forwardTo: ["a@evil.com"], redirectTo: [], priority: 1 });
    expect(reshapeTransportRule({ Guid: "g", Name: "n", State: "Disabled", Mode: "Audit", Priority: 2 })).toMatchObject({ id: "g", enabled: false, mode: "Audit", priority: 2 });
    expect(reshapeDistributionGroup({ Guid: "g", Name: "Sales", RecipientTypeDetails: "MailUniversalSecurityGroup" }).type).toBe("security");
    expect(reshapeMailboxStatistics({ ItemCount: 10, TotalItemSize: "1.5 KB (1,536 bytes)", LastLogonTime: null })).toMatchObject({ itemCount: 10, totalItemSizeBytes: 1536, lastLogonTime: null });
  });

  it("recognises Exchange's no-op warnings", () => {
    expect(isNoOpWarning("The command completed successfully but no settings of 'adelev' have been modified.")).toBe(true);
    expect(isNoOpWarning('The appropriate access control entry is already present on the object "CN=x" for account "y".')).toBe(true);
    expect(isNoOpWarning("Can't remove the access control entry on the object \"CN=x\" for account \"y\" because the ACE doesn't exist on the object.")).toBe(true);
    expect(isNoOpWarning("The mailbox will be converted; assign a licence.")).toBe(false);
  });
});

describe("initial domain", () => {
  it("takes isInitial, else the one *.onmicrosoft.com name (never *.mail.onmicrosoft.com)", () => {
    expect(pickInitialDomain([{ id: "contoso.com", isDefault: true }, { id: "Contoso.onmicrosoft.com", isInitial: true }])).toBe("contoso.onmicrosoft.com");
    expect(pickInitialDomain([{ id: "contoso.com" }, { id: "contoso.mail.onmicrosoft.com" }, { id: "contoso.onmicrosoft.com" }])).toBe("contoso.onmicrosoft.com");
    expect(pickInitialDomain([{ id: "contoso.com", isDefault: true }])).toBeUndefined();
  });
});

describe("Partner Center records", () => {
  it("reshapes the documented customer and consent shapes, in either key casing", () => {
    const c = reshapeCustomer({ id: "B44BB1FB-C595-45B0-9E09-D657365580BF", companyProfile: { tenantId: "B44BB1FB-C595-45B0-9E09-D657365580BF", domain: "Contoso.com", companyName: "Contoso" }, relationshipToPartner: "reseller" });
    expect(c).toEqual({ tenantId: "b44bb1fb-c595-45b0-9e09-d657365580bf", commerceId: null, companyName: "Contoso", defaultDomain: "contoso.com", relationshipToPartner: "reseller", allowDelegatedAccess: null });
    const consent = reshapeConsent({ ApplicationId: "APP", DisplayName: "Tenantry", ApplicationGrants: [{ EnterpriseApplicationId: "00000002-0000-0ff1-ce00-000000000000", Scope: "Exchange.Manage" }] });
    expect(consent).toEqual({ applicationId: "app", displayName: "Tenantry", grants: [{ resourceAppId: "00000002-0000-0ff1-ce00-000000000000", scopes: ["Exchange.Manage"] }] });
  });
});
