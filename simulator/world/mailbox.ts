import type { Rng } from "../core/random";
import type { InboxRule, Mailbox, User } from "./types";

const DAY = 86_400_000;

interface MailboxSpec {
  defaultDomain: string;
  initialDomain: string;
  epochMs: number;
}

/**
 * A mailbox as Exchange Online keeps it. A few carry the things a technician hunts for
 * after a phishing report: external forwarding, forwarding inbox rules, delete-all rules.
 */
export function newMailbox(rng: Rng, user: User, type: Mailbox["recipientTypeDetails"], spec: MailboxSpec, colleagues: User[]): Mailbox {
  const smtp = `${user.mailNickname}@${spec.defaultDomain}`;
  const start = new Date(spec.epochMs - DAY).toISOString();
  const end = new Date(spec.epochMs + 7 * DAY).toISOString();
  const away = type === "UserMailbox" && rng.chance(0.05);
  const forwards = type === "UserMailbox" && rng.chance(0.03);
  const mailbox: Mailbox = {
    guid: rng.uuid(), exchangeGuid: rng.uuid(), externalDirectoryObjectId: user.id, alias: user.mailNickname,
    displayName: user.displayName, userPrincipalName: user.userPrincipalName, primarySmtpAddress: smtp,
    emailAddresses: [`SMTP:${smtp}`, `smtp:${user.mailNickname}@${spec.initialDomain}`],
    recipientTypeDetails: type,
    forwardingSmtpAddress: forwards ? `smtp:${user.mailNickname}.${rng.int(10, 99)}@gmail.com` : null,
    forwardingAddress: null, deliverToMailboxAndForward: forwards && rng.chance(0.5),
    hiddenFromAddressListsEnabled: false, whenCreated: user.createdDateTime,
    permissions: [{ user: "NT AUTHORITY\\SELF", accessRights: ["FullAccess", "ReadPermission"], isInherited: false, deny: false, inheritanceType: "All" }],
    recipientPermissions: [{ trustee: "NT AUTHORITY\\SELF", accessRights: ["SendAs"], accessControlType: "Allow", isInherited: false }],
    autoReply: {
      autoReplyState: away ? "Enabled" : "Disabled",
      internalMessage: away ? `<html><body>I'm out of the office until next week. For urgent matters contact ${rng.pick(colleagues)?.displayName ?? "the office"}.</body></html>` : "",
      externalMessage: away ? "<html><body>I'm out of the office and will reply when I return.</body></html>" : "",
      externalAudience: away ? "All" : "None", startTime: start, endTime: end,
    },
    inboxRules: [], itemCount: rng.int(50, 40000), totalItemSizeBytes: rng.int(5, 40000) * 1_048_576,
    prohibitSendQuotaBytes: 106_300_440_576,
  };
  if (type === "SharedMailbox") {
    for (const c of rng.sample(colleagues, Math.min(colleagues.length, rng.int(1, 4)))) {
      mailbox.permissions.push({ user: c.userPrincipalName, accessRights: ["FullAccess"], isInherited: false, deny: false, inheritanceType: "All" });
      if (rng.chance(0.5)) mailbox.recipientPermissions.push({ trustee: c.userPrincipalName, accessRights: ["SendAs"], accessControlType: "Allow", isInherited: false });
    }
  } else {
    mailbox.inboxRules = inboxRules(rng, spec);
  }
  return mailbox;
}

function inboxRules(rng: Rng, spec: MailboxSpec): InboxRule[] {
  const rules: InboxRule[] = [];
  const base = (name: string): InboxRule => ({
    ruleIdentity: String(rng.int(1_000_000, 9_999_999)) + String(rng.int(10_000_000, 99_999_999)),
    name, enabled: true, priority: rules.length + 1, from: null, subjectContainsWords: null, forwardTo: null,
    forwardAsAttachmentTo: null, redirectTo: null, deleteMessage: false, moveToFolder: null, markAsRead: false,
    stopProcessingRules: false, suspicious: null,
  });
  if (rng.chance(0.3)) rules.push({ ...base("Newsletters"), subjectContainsWords: ["newsletter"], moveToFolder: "Newsletters" });
  if (rng.chance(0.15)) rules.push({ ...base("Boss"), from: [`ceo@${spec.defaultDomain}`], markAsRead: false, moveToFolder: "Important" });
  if (rng.chance(0.004)) {
    rules.push({ ...base("."), forwardTo: [`"invoices" [SMTP:invoices.${rng.hex(3)}@protonmail.com]`], markAsRead: true, moveToFolder: "RSS Feeds", suspicious: "external-forward" });
  }
  if (rng.chance(0.003)) rules.push({ ...base(".."), deleteMessage: true, stopProcessingRules: true, suspicious: "delete-all" });
  return rules;
}
