import type {
  AutoReplyConfig, AutoReplyState, DistributionGroup, DistributionGroupType, ExternalAudience, InboxRule, Mailbox,
  MailboxPermission, MailboxStatistics, MailboxType, RecipientPermission, TransportRule,
} from "./types";
import { bool, byteSize, date, list, num, smtpAddress, str, text, type ExchangeRecord } from "./values";

const MAILBOX_TYPES: Record<string, MailboxType> = {
  UserMailbox: "user", SharedMailbox: "shared", RoomMailbox: "room", EquipmentMailbox: "equipment",
};

/** The properties reshapeMailbox reads: Get-Mailbox is asked for these only ($select). */
export const MAILBOX_PROPERTIES = [
  "ExchangeObjectId", "Guid", "ExchangeGuid", "ExternalDirectoryObjectId", "Identity", "Alias", "DisplayName", "UserPrincipalName",
  "PrimarySmtpAddress", "EmailAddresses", "RecipientTypeDetails", "ForwardingSmtpAddress", "ForwardingAddress",
  "DeliverToMailboxAndForward", "HiddenFromAddressListsEnabled", "AccountDisabled", "LitigationHoldEnabled", "ArchiveStatus",
  "ProhibitSendQuota", "UsageLocation", "WhenCreated", "WhenChanged",
] as const;

/** Exchange's enum names, case-insensitively, as our lower-case values. */
function oneOf<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value.toLowerCase()) ?? fallback;
}

export function reshapeMailbox(r: ExchangeRecord): Mailbox {
  const details = text(r, "RecipientTypeDetails");
  const archive = str(r, "ArchiveStatus");
  return {
    id: str(r, "ExchangeObjectId") ?? text(r, "Guid"),
    exchangeGuid: str(r, "ExchangeGuid"),
    userId: str(r, "ExternalDirectoryObjectId"),
    identity: str(r, "Identity") ?? text(r, "Alias"),
    alias: text(r, "Alias"),
    displayName: text(r, "DisplayName"),
    userPrincipalName: text(r, "UserPrincipalName"),
    primarySmtpAddress: text(r, "PrimarySmtpAddress"),
    emailAddresses: list(r, "EmailAddresses"),
    type: MAILBOX_TYPES[details] ?? "other",
    recipientTypeDetails: details,
    forwarding: {
      smtpAddress: smtpAddress(str(r, "ForwardingSmtpAddress")),
      recipient: str(r, "ForwardingAddress"),
      deliverToMailboxAndForward: bool(r, "DeliverToMailboxAndForward"),
    },
    hiddenFromAddressLists: bool(r, "HiddenFromAddressListsEnabled"),
    accountDisabled: bool(r, "AccountDisabled"),
    litigationHoldEnabled: bool(r, "LitigationHoldEnabled"),
    archiveEnabled: !!archive && archive !== "None",
    prohibitSendQuotaBytes: byteSize(r, "ProhibitSendQuota"),
    usageLocation: str(r, "UsageLocation"),
    createdAt: date(r, "WhenCreated"),
    changedAt: date(r, "WhenChanged"),
  };
}

export function reshapeMailboxPermission(r: ExchangeRecord): MailboxPermission {
  return {
    mailbox: text(r, "Identity"), user: text(r, "User"), accessRights: list(r, "AccessRights"),
    isInherited: bool(r, "IsInherited"), deny: bool(r, "Deny"), inheritanceType: str(r, "InheritanceType"),
  };
}

export function reshapeRecipientPermission(r: ExchangeRecord): RecipientPermission {
  return {
    mailbox: text(r, "Identity"), trustee: text(r, "Trustee"), accessRights: list(r, "AccessRights"),
    accessControlType: str(r, "AccessControlType") === "Deny" ? "Deny" : "Allow", isInherited: bool(r, "IsInherited"),
  };
}

export function reshapeAutoReply(r: ExchangeRecord): AutoReplyConfig {
  return {
    mailbox: str(r, "MailboxOwnerId") ?? text(r, "Identity"),
    state: oneOf<AutoReplyState>(text(r, "AutoReplyState"), ["disabled", "enabled", "scheduled"], "disabled"),
    internalMessage: text(r, "InternalMessage"),
    externalMessage: text(r, "ExternalMessage"),
    externalAudience: oneOf<ExternalAudience>(text(r, "ExternalAudience"), ["none", "known", "all"], "none"),
    startTime: date(r, "StartTime"),
    endTime: date(r, "EndTime"),
  };
}

export function reshapeInboxRule(r: ExchangeRecord): InboxRule {
  const identity = text(r, "Identity");
  return {
    identity,
    ruleId: str(r, "RuleIdentity") ?? identity.slice(identity.lastIndexOf("\\") + 1),
    mailbox: str(r, "MailboxOwnerId") ?? identity.slice(0, Math.max(0, identity.lastIndexOf("\\"))),
    name: text(r, "Name"),
    enabled: bool(r, "Enabled"),
    priority: num(r, "Priority"),
    description: text(r, "Description"),
    inError: bool(r, "InError"),
    from: list(r, "From"),
    subjectContainsWords: list(r, "SubjectContainsWords"),
    forwardTo: list(r, "ForwardTo"),
    forwardAsAttachmentTo: list(r, "ForwardAsAttachmentTo"),
    redirectTo: list(r, "RedirectTo"),
    deleteMessage: bool(r, "DeleteMessage"),
    markAsRead: bool(r, "MarkAsRead"),
    moveToFolder: str(r, "MoveToFolder"),
    stopProcessingRules: bool(r, "StopProcessingRules"),
  };
}

export function reshapeTransportRule(r: ExchangeRecord): TransportRule {
  return {
    id: str(r, "Guid") ?? text(r, "Identity"), name: text(r, "Name"), enabled: str(r, "State") === "Enabled",
    mode: text(r, "Mode"), priority: num(r, "Priority"), description: text(r, "Description"), changedAt: date(r, "WhenChanged"),
  };
}

const GROUP_TYPES: Record<string, DistributionGroupType> = {
  MailUniversalDistributionGroup: "distribution", MailUniversalSecurityGroup: "security", RoomList: "roomList",
};

export function reshapeDistributionGroup(r: ExchangeRecord): DistributionGroup {
  return {
    id: str(r, "Guid") ?? text(r, "ExchangeObjectId"),
    groupId: str(r, "ExternalDirectoryObjectId"),
    identity: str(r, "Identity") ?? text(r, "Name"),
    name: text(r, "Name"),
    displayName: text(r, "DisplayName"),
    alias: text(r, "Alias"),
    primarySmtpAddress: text(r, "PrimarySmtpAddress"),
    emailAddresses: list(r, "EmailAddresses"),
    type: GROUP_TYPES[text(r, "RecipientTypeDetails")] ?? "distribution",
    managedBy: list(r, "ManagedBy"),
    memberJoinRestriction: str(r, "MemberJoinRestriction"),
    requireSenderAuthenticationEnabled: bool(r, "RequireSenderAuthenticationEnabled"),
    hiddenFromAddressLists: bool(r, "HiddenFromAddressListsEnabled"),
    createdAt: date(r, "WhenCreated"),
    changedAt: date(r, "WhenChanged"),
  };
}

export function reshapeMailboxStatistics(r: ExchangeRecord): MailboxStatistics {
  return {
    mailboxGuid: str(r, "MailboxGuid"),
    displayName: text(r, "DisplayName"),
    itemCount: num(r, "ItemCount") ?? 0,
    deletedItemCount: num(r, "DeletedItemCount") ?? 0,
    totalItemSizeBytes: byteSize(r, "TotalItemSize"),
    totalDeletedItemSizeBytes: byteSize(r, "TotalDeletedItemSize"),
    lastLogonTime: date(r, "LastLogonTime"),
    lastUserActionTime: date(r, "LastUserActionTime"),
    mailboxType: text(r, "MailboxTypeDetail"),
    isArchive: bool(r, "IsArchiveMailbox"),
  };
}
