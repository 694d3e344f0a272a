import { stableUuid } from "../core/random";
import type { Group, Mailbox, User } from "../world/types";
import type { RunContext } from "./cmdlets/types";
import { exo, type ExoError } from "./errors";

const norm = (s: string) => s.trim().toLowerCase().replace(/^(smtp|upn|x500):/, "");

function mailboxKeys(m: Mailbox): string[] {
  return [m.guid, m.exchangeGuid, m.externalDirectoryObjectId, m.alias, m.userPrincipalName, m.primarySmtpAddress, m.displayName, ...m.emailAddresses].map(norm);
}

export function allMailboxes(c: RunContext): Mailbox[] {
  return [...c.dir.mailboxes.values()];
}

/** `-Identity` of mailbox cmdlets: Guid, ExchangeGuid, Entra object id, alias, UPN, any address or display name. */
export function mailboxByIdentity(c: RunContext, identity: string): Mailbox {
  const key = norm(identity);
  const hits = allMailboxes(c).filter((m) => mailboxKeys(m).includes(key));
  if (!hits.length) throw exo.notFound(identity, c.forest);
  if (hits.length > 1) throw exo.ambiguous(identity);
  return hits[0]!;
}

/** A security principal for -User/-Trustee (users and groups), shown as Exchange shows it. */
export interface Principal {
  id: string;
  display: string;
  user?: User;
  group?: Group;
}

function userKeys(u: User): string[] {
  return [u.id, u.userPrincipalName, u.mail ?? "", u.mailNickname, u.displayName].map(norm);
}

function groupKeys(g: Group): string[] {
  return [g.id, g.displayName, g.mail ?? "", g.mailNickname].map(norm);
}

export function principal(c: RunContext, value: string, missing: (v: string) => ExoError = exo.userOrGroupNotFound): Principal {
  const key = norm(value);
  const users = [...c.dir.users.values()].filter((u) => userKeys(u).includes(key));
  const groups = [...c.dir.groups.values()].filter((g) => groupKeys(g).includes(key));
  if (users.length + groups.length > 1) throw exo.ambiguous(value);
  if (users[0]) return { id: users[0].id, display: users[0].userPrincipalName, user: users[0] };
  if (groups[0]) return { id: groups[0].id, display: groups[0].displayName, group: groups[0] };
  throw missing(value);
}

/** A mail recipient (-Member, -ForwardingAddress): a mail-enabled user or group. */
export function recipient(c: RunContext, value: string): Principal {
  const found = principal(c, value, exo.recipientNotFound);
  const mailEnabled = found.user ? !!found.user.mail || c.dir.mailboxes.has(found.user.id) : !!found.group?.mailEnabled;
  if (!mailEnabled) throw exo.recipientNotFound(value);
  return found;
}

/** Mail-enabled groups that are not Microsoft 365 groups: what Get-DistributionGroup lists. */
export function distributionGroups(c: RunContext): Group[] {
  return [...c.dir.groups.values()].filter((g) => g.mailEnabled && !g.groupTypes.includes("Unified"));
}

export function distributionGroupByIdentity(c: RunContext, identity: string): Group {
  const key = norm(identity);
  const hits = distributionGroups(c).filter((g) => groupKeys(g).includes(key) || dlGuid(c, g) === key);
  if (!hits.length) throw exo.notFound(identity, c.forest);
  if (hits.length > 1) throw exo.ambiguous(identity);
  return hits[0]!;
}

export const dlGuid = (c: RunContext, g: Group) => stableUuid(c.ctx.world.seed, `exo-group:${g.id}`);
