/** Our shapes for what leaves the Exchange module; InvokeCommand's raw records never do. */

export type MailboxType = "user" | "shared" | "room" | "equipment" | "other";

export interface Mailbox {
  /** Exchange's object Guid (ExchangeObjectId) */
  id: string;
  exchangeGuid: string | null;
  /** the Entra user behind the mailbox */
  userId: string | null;
  /** what cmdlets accept as -Identity (the alias) */
  identity: string;
  alias: string;
  displayName: string;
  userPrincipalName: string;
  primarySmtpAddress: string;
  /** proxy addresses as Exchange lists them ("SMTP:" marks the primary) */
  emailAddresses: string[];
  type: MailboxType;
  /** Exchange's RecipientTypeDetails, for the types we don't model */
  recipientTypeDetails: string;
  forwarding: MailboxForwarding;
  hiddenFromAddressLists: boolean;
  accountDisabled: boolean;
  litigationHoldEnabled: boolean;
  archiveEnabled: boolean;
  prohibitSendQuotaBytes: number | null;
  usageLocation: string | null;
  createdAt: string | null;
  changedAt: string | null;
}

export interface MailboxForwarding {
  /** external forwarding (ForwardingSmtpAddress), without the "smtp:" prefix */
  smtpAddress: string | null;
  /** forwarding to a recipient in the organisation (ForwardingAddress) */
  recipient: string | null;
  deliverToMailboxAndForward: boolean;
}

export interface MailboxPermission {
  mailbox: string;
  /** as Exchange names the account: a UPN, a group name or "NT AUTHORITY\SELF" */
  user: string;
  accessRights: string[];
  isInherited: boolean;
  deny: boolean;
  inheritanceType: string | null;
}

export interface RecipientPermission {
  mailbox: string;
  trustee: string;
  accessRights: string[];
  accessControlType: "Allow" | "Deny";
  isInherited: boolean;
}

export type AutoReplyState = "disabled" | "enabled" | "scheduled";
export type ExternalAudience = "none" | "known" | "all";

export interface AutoReplyConfig {
  mailbox: string;
  state: AutoReplyState;
  internalMessage: string;
  externalMessage: string;
  externalAudience: ExternalAudience;
  startTime: string | null;
  endTime: string | null;
}

export interface InboxRule {
  /** Exchange's Identity ("alias\\ruleId") */
  identity: string;
  ruleId: string;
  mailbox: string;
  name: string;
  enabled: boolean;
  priority: number | null;
  description: string;
  inError: boolean;
  from: string[];
  subjectContainsWords: string[];
  forwardTo: string[];
  forwardAsAttachmentTo: string[];
  redirectTo: string[];
  deleteMessage: boolean;
  markAsRead: boolean;
  moveToFolder: string | null;
  stopProcessingRules: boolean;
}

export interface TransportRule {
  id: string;
  name: string;
  enabled: boolean;
  /** Enforce, Audit, AuditAndNotify */
  mode: string;
  priority: number | null;
  description: string;
  changedAt: string | null;
}

export type DistributionGroupType = "distribution" | "security" | "roomList";

export interface DistributionGroup {
  id: string;
  /** the Entra group behind it */
  groupId: string | null;
  identity: string;
  name: string;
  displayName: string;
  alias: string;
  primarySmtpAddress: string;
  emailAddresses: string[];
  type: DistributionGroupType;
  managedBy: string[];
  memberJoinRestriction: string | null;
  requireSenderAuthenticationEnabled: boolean;
  hiddenFromAddressLists: boolean;
  createdAt: string | null;
  changedAt: string | null;
}

export interface MailboxStatistics {
  mailboxGuid: string | null;
  displayName: string;
  itemCount: number;
  deletedItemCount: number;
  totalItemSizeBytes: number | null;
  totalDeletedItemSizeBytes: number | null;
  lastLogonTime: string | null;
  lastUserActionTime: string | null;
  mailboxType: string;
  isArchive: boolean;
}

/** What every Exchange write answers. */
export interface WriteResult {
  /** false when Exchange said nothing needed changing ("no settings … have been modified") */
  changed: boolean;
  warnings: string[];
  requestIds: string[];
}
