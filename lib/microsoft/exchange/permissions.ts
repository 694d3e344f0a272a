import type { ExchangeClient } from "./client";
import { reshapeMailboxPermission, reshapeRecipientPermission } from "./reshape";
import type { MailboxPermission, RecipientPermission, WriteResult } from "./types";
import { unchanged, written } from "./writes";

export type MailboxRight = "FullAccess" | "ReadPermission" | "ChangePermission" | "ChangeOwner" | "DeleteItem" | "ExternalAccount";

/** Mailbox ACEs (FullAccess and friends), inherited ones included, as Get-MailboxPermission lists them. */
export async function getMailboxPermissions(exo: ExchangeClient, identity: string): Promise<MailboxPermission[]> {
  const r = await exo.invoke("Get-MailboxPermission", { Identity: identity });
  return r.records.map(reshapeMailboxPermission);
}

/**
 * Grants `user` rights on the mailbox. Exchange answers a grant that already exists exactly like a
 * new one, so the current ACE is read first to report `changed` truthfully.
 */
export async function addMailboxPermission(
  exo: ExchangeClient,
  identity: string,
  user: string,
  o: { accessRights?: MailboxRight[]; autoMapping?: boolean } = {},
): Promise<WriteResult & { permission?: MailboxPermission }> {
  const rights = o.accessRights ?? ["FullAccess"];
  const before = await exo.invoke("Get-MailboxPermission", { Identity: identity, User: user });
  const current = before.records.map(reshapeMailboxPermission).find((p) => !p.isInherited && !p.deny);
  if (current && rights.every((r) => current.accessRights.includes(r))) return { ...unchanged(before.requestIds), permission: current };
  const params: Record<string, unknown> = { Identity: identity, User: user, AccessRights: rights, InheritanceType: "All" };
  if (o.autoMapping !== undefined) params.AutoMapping = o.autoMapping;
  const r = await exo.invoke("Add-MailboxPermission", params);
  return { ...written(r), permission: r.records.map(reshapeMailboxPermission)[0] };
}

export async function removeMailboxPermission(
  exo: ExchangeClient,
  identity: string,
  user: string,
  o: { accessRights?: MailboxRight[] } = {},
): Promise<WriteResult> {
  const params = { Identity: identity, User: user, AccessRights: o.accessRights ?? ["FullAccess"], InheritanceType: "All", Confirm: false };
  return written(await exo.invoke("Remove-MailboxPermission", params));
}

/** Send As grants (Get-RecipientPermission). */
export async function getRecipientPermissions(exo: ExchangeClient, identity: string): Promise<RecipientPermission[]> {
  const r = await exo.invoke("Get-RecipientPermission", { Identity: identity });
  return r.records.map(reshapeRecipientPermission);
}

export async function addRecipientPermission(exo: ExchangeClient, identity: string, trustee: string): Promise<WriteResult> {
  return written(await exo.invoke("Add-RecipientPermission", { Identity: identity, Trustee: trustee, AccessRights: ["SendAs"], Confirm: false }));
}

export async function removeRecipientPermission(exo: ExchangeClient, identity: string, trustee: string): Promise<WriteResult> {
  return written(await exo.invoke("Remove-RecipientPermission", { Identity: identity, Trustee: trustee, AccessRights: ["SendAs"], Confirm: false }));
}
