import { createHash } from "node:crypto";
import { stableUuid } from "../../core/random";
import type { Mailbox } from "../../world/types";
import { bytes, date, guid, list, p, type Rec } from "../envelope";
import type { RunContext } from "./types";

const ZERO_GUID = "00000000-0000-0000-0000-000000000000";
const COUNTRIES: Record<string, string> = {
  US: "United States", GB: "United Kingdom", NL: "Netherlands", DE: "Germany", AU: "Australia", CA: "Canada", IE: "Ireland",
};

/** Get-Mailbox output, property names and annotations as in the captured shape fixture. */
export function mailboxRecord(c: RunContext, m: Mailbox): Rec {
  const user = c.dir.users.get(m.externalDirectoryObjectId);
  return [
    p("Database", c.forest.database),
    guid("DatabaseGuid", stableUuid(c.ctx.world.seed, `exo-db:${c.forest.database}`)),
    p("DeliverToMailboxAndForward", m.deliverToMailboxAndForward),
    p("LitigationHoldEnabled", false),
    guid("ExchangeGuid", m.exchangeGuid),
    p("ForwardingAddress", m.forwardingAddress),
    p("ForwardingSmtpAddress", m.forwardingSmtpAddress),
    list("Languages", [user?.preferredLanguage ?? "en-US"]),
    p("ProhibitSendQuota", bytes(m.prohibitSendQuotaBytes)),
    p("ProhibitSendReceiveQuota", bytes(m.prohibitSendQuotaBytes + 1_073_741_824)),
    p("RecipientLimits", "500"),
    p("IsShared", m.recipientTypeDetails === "SharedMailbox"),
    p("UserPrincipalName", m.userPrincipalName),
    p("WindowsLiveID", m.userPrincipalName),
    p("MicrosoftOnlineServicesID", m.userPrincipalName),
    p("RoleAssignmentPolicy", "Default Role Assignment Policy"),
    guid("ArchiveGuid", ZERO_GUID),
    p("ArchiveStatus", "None"),
    p("AuditEnabled", true),
    p("AuditLogAgeLimit", "90.00:00:00"),
    date("WhenMailboxCreated", m.whenCreated),
    p("UsageLocation", COUNTRIES[user?.usageLocation ?? ""] ?? null),
    p("AccountDisabled", user ? !user.accountEnabled : false),
    p("Alias", m.alias),
    p("OrganizationalUnit", c.forest.ou),
    p("DisplayName", m.displayName),
    list("EmailAddresses", m.emailAddresses),
    list("GrantSendOnBehalfTo", []),
    p("ExternalDirectoryObjectId", m.externalDirectoryObjectId),
    p("HiddenFromAddressListsEnabled", m.hiddenFromAddressListsEnabled),
    p("MaxSendSize", "35 MB (36,700,160 bytes)"),
    p("MaxReceiveSize", "36 MB (37,748,736 bytes)"),
    p("PrimarySmtpAddress", m.primarySmtpAddress),
    p("RecipientType", "UserMailbox"),
    p("RecipientTypeDetails", m.recipientTypeDetails),
    p("WindowsEmailAddress", m.primarySmtpAddress),
    p("Identity", m.alias),
    p("Id", m.alias),
    p("IsValid", true),
    p("ExchangeVersion", "0.20 (15.0.0.0)"),
    p("Name", m.alias),
    date("WhenChanged", c.changedAt(m, m.whenCreated)),
    date("WhenCreated", m.whenCreated),
    guid("ExchangeObjectId", m.guid),
    p("OrganizationalUnitRoot", c.tenant.initialDomain),
    guid("Guid", m.guid),
  ];
}

/** Get-MailboxStatistics output. Deleted-item figures and last logon are derived, stable per mailbox. */
export function statisticsRecord(c: RunContext, m: Mailbox): Rec {
  const h = createHash("sha256").update(m.guid).digest();
  const deletedItems = Math.floor(m.itemCount / (10 + (h[0]! % 20)));
  const deletedBytes = Math.floor(m.totalItemSizeBytes / (15 + (h[1]! % 30)));
  const lastLogon = m.recipientTypeDetails === "SharedMailbox" ? null : new Date(c.ctx.clock.now() - (h.readUInt32BE(2) % (14 * 86_400_000))).toISOString();
  return [
    p("DisplayName", m.displayName),
    guid("MailboxGuid", m.exchangeGuid),
    p("ItemCount", m.itemCount),
    p("DeletedItemCount", deletedItems),
    p("TotalItemSize", bytes(m.totalItemSizeBytes)),
    p("TotalDeletedItemSize", bytes(deletedBytes)),
    date("LastLogonTime", lastLogon),
    date("LastUserActionTime", lastLogon),
    p("MailboxTypeDetail", m.recipientTypeDetails),
    p("StorageLimitStatus", null),
    p("IsArchiveMailbox", false),
    p("Database", c.forest.database),
    p("ServerName", c.forest.server.split(".")[0]!.toLowerCase()),
    guid("OwnerADGuid", m.guid),
    guid("ExternalDirectoryOrganizationId", c.tenant.id),
    p("Identity", m.exchangeGuid),
    p("IsValid", true),
    p("ObjectState", "Unchanged"),
  ];
}
