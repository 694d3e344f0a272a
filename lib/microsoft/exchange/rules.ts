import type { ExchangeClient } from "./client";
import { reshapeInboxRule, reshapeTransportRule } from "./reshape";
import type { InboxRule, TransportRule, WriteResult } from "./types";
import { unchanged, written } from "./writes";

/** A mailbox's inbox rules, hidden ones included: attackers hide forwarding rules from Outlook. */
export async function getInboxRules(exo: ExchangeClient, mailbox: string): Promise<InboxRule[]> {
  const r = await exo.invoke("Get-InboxRule", { Mailbox: mailbox, IncludeHidden: true });
  return r.records.map(reshapeInboxRule);
}

/**
 * Turns a rule off but keeps it, as evidence for the incident. Exchange answers an already disabled
 * rule with the same silence as a change, so the rule is read first to report `changed` truthfully.
 */
export async function disableInboxRule(exo: ExchangeClient, mailbox: string, ruleId: string): Promise<WriteResult> {
  const before = await exo.invoke("Get-InboxRule", { Mailbox: mailbox, Identity: ruleId });
  if (before.records.map(reshapeInboxRule).every((r) => !r.enabled)) return unchanged(before.requestIds);
  return written(await exo.invoke("Disable-InboxRule", { Mailbox: mailbox, Identity: ruleId, Confirm: false }));
}

/** `ruleId`: the rule's RuleIdentity (or its name, if unique in the mailbox). */
export async function removeInboxRule(exo: ExchangeClient, mailbox: string, ruleId: string): Promise<WriteResult> {
  return written(await exo.invoke("Remove-InboxRule", { Mailbox: mailbox, Identity: ruleId, Confirm: false }));
}

export async function getTransportRules(exo: ExchangeClient): Promise<TransportRule[]> {
  const r = await exo.invoke("Get-TransportRule", { ResultSize: "Unlimited" });
  return r.records.map(reshapeTransportRule);
}
