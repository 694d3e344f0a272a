import { AppError } from "../../errors";
import type { ExchangeClient } from "./client";
import { MAILBOX_PROPERTIES, reshapeAutoReply, reshapeMailbox, reshapeMailboxStatistics } from "./reshape";
import type { AutoReplyConfig, AutoReplyState, ExternalAudience, Mailbox, MailboxStatistics, MailboxType, WriteResult } from "./types";
import { written } from "./writes";

export * from "./permissions";
export * from "./rules";
export * from "./groups";

const DETAILS: Record<Exclude<MailboxType, "other">, string> = {
  user: "UserMailbox", shared: "SharedMailbox", room: "RoomMailbox", equipment: "EquipmentMailbox",
};
// Set-Mailbox -Type takes ConvertibleMailboxSubType names, not RecipientTypeDetails.
const CONVERT_TO: Record<Exclude<MailboxType, "other">, string> = { user: "Regular", shared: "Shared", room: "Room", equipment: "Equipment" };

/** The one-record reads: Exchange answers an unknown identity with a 404, so an empty answer is odd. */
function single<T>(records: T[], what: string): T {
  if (!records[0]) throw new AppError("MICROSOFT_NOT_FOUND", `Exchange Online returned no ${what}.`, { fixIt: "Refresh the page; the object may have been deleted." });
  return records[0];
}

export async function getMailboxes(exo: ExchangeClient, o: { types?: Exclude<MailboxType, "other">[]; pageSize?: number } = {}): Promise<Mailbox[]> {
  const params: Record<string, unknown> = { ResultSize: "Unlimited" };
  if (o.types?.length) params.RecipientTypeDetails = o.types.map((t) => DETAILS[t]);
  const r = await exo.invoke("Get-Mailbox", params, { select: MAILBOX_PROPERTIES, pageSize: o.pageSize });
  return r.records.map(reshapeMailbox);
}

/** `identity`: UPN, primary address, alias, or the mailbox's or its user's Guid. */
export async function getMailbox(exo: ExchangeClient, identity: string): Promise<Mailbox> {
  const r = await exo.invoke("Get-Mailbox", { Identity: identity }, { select: MAILBOX_PROPERTIES });
  return reshapeMailbox(single(r.records, "mailbox"));
}

export interface MailboxChanges {
  type?: Exclude<MailboxType, "other">;
  hiddenFromAddressLists?: boolean;
  /** external forwarding address; null clears it */
  forwardingSmtpAddress?: string | null;
  /** internal recipient to forward to; null clears it */
  forwardingAddress?: string | null;
  deliverToMailboxAndForward?: boolean;
}

export async function setMailbox(exo: ExchangeClient, identity: string, c: MailboxChanges): Promise<WriteResult> {
  const params: Record<string, unknown> = { Identity: identity };
  if (c.type !== undefined) params.Type = CONVERT_TO[c.type];
  if (c.hiddenFromAddressLists !== undefined) params.HiddenFromAddressListsEnabled = c.hiddenFromAddressLists;
  if (c.forwardingSmtpAddress !== undefined) params.ForwardingSmtpAddress = c.forwardingSmtpAddress;
  if (c.forwardingAddress !== undefined) params.ForwardingAddress = c.forwardingAddress;
  if (c.deliverToMailboxAndForward !== undefined) params.DeliverToMailboxAndForward = c.deliverToMailboxAndForward;
  return written(await exo.invoke("Set-Mailbox", params));
}

/** Converting to shared keeps the mail and frees the licence; converting back needs one again. */
export function convertMailbox(exo: ExchangeClient, identity: string, type: Exclude<MailboxType, "other">): Promise<WriteResult> {
  return setMailbox(exo, identity, { type });
}

/**
 * Forwarding to an external address (`smtpAddress`) or an internal recipient; `null` turns it off.
 * `keepCopy` defaults to true: forwarding that silently empties a mailbox is how mail gets lost.
 */
export function setForwarding(
  exo: ExchangeClient,
  identity: string,
  f: { smtpAddress?: string; recipient?: string; keepCopy?: boolean } | null,
): Promise<WriteResult> {
  if (!f) return setMailbox(exo, identity, { forwardingSmtpAddress: null, forwardingAddress: null, deliverToMailboxAndForward: false });
  return setMailbox(exo, identity, {
    forwardingSmtpAddress: f.smtpAddress ?? null,
    forwardingAddress: f.recipient ?? null,
    deliverToMailboxAndForward: f.keepCopy ?? true,
  });
}

export async function getAutoReply(exo: ExchangeClient, identity: string): Promise<AutoReplyConfig> {
  const r = await exo.invoke("Get-MailboxAutoReplyConfiguration", { Identity: identity });
  return reshapeAutoReply(single(r.records, "auto-reply configuration"));
}

export interface AutoReplyChanges {
  state?: AutoReplyState;
  internalMessage?: string;
  externalMessage?: string;
  externalAudience?: ExternalAudience;
  /** ISO 8601; used when state is "scheduled" */
  startTime?: string;
  endTime?: string;
}

const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export async function setAutoReply(exo: ExchangeClient, identity: string, c: AutoReplyChanges): Promise<WriteResult> {
  const params: Record<string, unknown> = { Identity: identity };
  if (c.state !== undefined) params.AutoReplyState = title(c.state);
  if (c.internalMessage !== undefined) params.InternalMessage = c.internalMessage;
  if (c.externalMessage !== undefined) params.ExternalMessage = c.externalMessage;
  if (c.externalAudience !== undefined) params.ExternalAudience = title(c.externalAudience);
  if (c.startTime !== undefined) params.StartTime = c.startTime;
  if (c.endTime !== undefined) params.EndTime = c.endTime;
  return written(await exo.invoke("Set-MailboxAutoReplyConfiguration", params));
}

export async function getMailboxStatistics(exo: ExchangeClient, identity: string): Promise<MailboxStatistics> {
  const r = await exo.invoke("Get-MailboxStatistics", { Identity: identity });
  return reshapeMailboxStatistics(single(r.records, "mailbox statistics"));
}
