import type { Rng } from "../core/random";
import type { Directory } from "./types";

/**
 * Guarantees the first customer holds one of each phishing aftermath, so the demo and the
 * tests always find something: a hidden external-forwarding rule, a delete-all rule and
 * mailbox-level forwarding to a free-mail address.
 */
export function plantPhishing(rng: Rng, dir: Directory): void {
  const victims = [...dir.mailboxes.values()].filter((m) => m.recipientTypeDetails === "UserMailbox").slice(1, 4);
  const [a, b, c] = victims;
  const id = () => String(rng.int(1_000_000, 9_999_999)) + String(rng.int(10_000_000, 99_999_999));
  const rule = { from: null, subjectContainsWords: null, forwardAsAttachmentTo: null, redirectTo: null, moveToFolder: null, markAsRead: false, stopProcessingRules: false, enabled: true };
  if (a) a.inboxRules.push({ ...rule, ruleIdentity: id(), name: ".", priority: a.inboxRules.length + 1, forwardTo: [`"payments" [SMTP:payments.desk@protonmail.com]`], deleteMessage: false, markAsRead: true, moveToFolder: "RSS Subscriptions", suspicious: "external-forward" });
  if (b) b.inboxRules.push({ ...rule, ruleIdentity: id(), name: "..", priority: b.inboxRules.length + 1, forwardTo: null, deleteMessage: true, stopProcessingRules: true, suspicious: "delete-all" });
  if (c) {
    c.forwardingSmtpAddress = "smtp:c.archive.mail@gmail.com";
    c.deliverToMailboxAndForward = false;
  }
}
