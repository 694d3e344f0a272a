import { getDistributionGroup, addDistributionGroupMember, removeDistributionGroupMember, getTransportRule } from "./groups";
import { getMailboxAutoReplyConfiguration, setMailboxAutoReplyConfiguration } from "./autoreply";
import { disableInboxRule, getInboxRule, removeInboxRule } from "./inbox-rules";
import { getMailbox, getMailboxStatistics, setMailbox } from "./mailbox";
import { addMailboxPermission, addRecipientPermission, getMailboxPermission, getRecipientPermission, removeMailboxPermission, removeRecipientPermission } from "./permissions";
import type { Cmdlet } from "./types";

/** Every cmdlet the simulated Exchange organisation knows, by lower-cased name (PowerShell is case-insensitive). */
export const CMDLETS = new Map<string, Cmdlet>(
  [
    getMailbox, setMailbox, getMailboxStatistics,
    getMailboxPermission, addMailboxPermission, removeMailboxPermission,
    getRecipientPermission, addRecipientPermission, removeRecipientPermission,
    getMailboxAutoReplyConfiguration, setMailboxAutoReplyConfiguration,
    getInboxRule, disableInboxRule, removeInboxRule,
    getTransportRule, getDistributionGroup, addDistributionGroupMember, removeDistributionGroupMember,
  ].map((c) => [c.name.toLowerCase(), c]),
);

export function findCmdlet(name: unknown): Cmdlet | undefined {
  return typeof name === "string" ? CMDLETS.get(name.trim().toLowerCase()) : undefined;
}
