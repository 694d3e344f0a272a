import type { Mailbox } from "../../world/types";
import { exo } from "../errors";
import { compileFilter } from "../filter";
import { allMailboxes, mailboxByIdentity, recipient } from "../resolve";
import { mailboxRecord, statisticsRecord } from "./mailbox-records";
import { cmdlet, noChangeWarning, str, type RunContext } from "./types";

const RECIPIENT_TYPE_DETAILS = {
  typeName: "Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails",
  enum: ["UserMailbox", "SharedMailbox", "RoomMailbox", "EquipmentMailbox", "SchedulingMailbox", "DiscoveryMailbox", "TeamMailbox", "GroupMailbox", "LinkedMailbox", "LegacyMailbox"],
  multi: true,
} as const;
const MAILBOX_TYPE = { typeName: "Microsoft.Exchange.Management.RecipientTasks.ConvertibleMailboxSubType", enum: ["Regular", "Room", "Equipment", "Shared", "Workspace"] } as const;
const TYPE_TO_DETAILS: Record<string, Mailbox["recipientTypeDetails"]> = { Regular: "UserMailbox", Shared: "SharedMailbox", Room: "RoomMailbox" };

const parameterSetConflict = () =>
  exo.binding("Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.");

export const getMailbox = cmdlet({
  name: "Get-Mailbox",
  write: false,
  params: { Identity: { type: "string" }, ResultSize: { type: "resultSize" }, RecipientTypeDetails: { type: RECIPIENT_TYPE_DETAILS }, Filter: { type: "string" }, Anr: { type: "string" } },
  run(c) {
    const { Identity, RecipientTypeDetails, Filter, Anr, ResultSize } = c.p as { Identity?: string; RecipientTypeDetails?: string[]; Filter?: string; Anr?: string; ResultSize?: number };
    if (Identity !== undefined && (Filter !== undefined || Anr !== undefined)) throw parameterSetConflict();
    let boxes = Identity !== undefined ? [mailboxByIdentity(c, Identity)] : allMailboxes(c);
    if (RecipientTypeDetails) boxes = boxes.filter((m) => RecipientTypeDetails.includes(m.recipientTypeDetails));
    if (Anr) {
      const a = Anr.toLowerCase();
      boxes = boxes.filter((m) => [m.alias, m.displayName, ...m.displayName.split(" "), m.primarySmtpAddress].some((v) => v.toLowerCase().startsWith(a)));
    }
    let recs = boxes.map((m) => mailboxRecord(c, m));
    if (Filter) recs = recs.filter(compileFilter(Filter));
    return recs.slice(0, ResultSize ?? Infinity);
  },
});

function smtp(raw: string | null | undefined): string | null | undefined {
  if (raw === undefined) return undefined;
  if (raw === null || raw.trim() === "") return null;
  const address = raw.trim().replace(/^smtp:/i, "");
  if (!/^[^@\s]+@[^@\s]+\.[^@\s.]+$/.test(address)) {
    throw exo.binding(`Cannot bind parameter 'ForwardingSmtpAddress'. Cannot convert value "${raw}" to type "Microsoft.Exchange.Data.ProxyAddress". Error: "The address '${address}' is invalid: "${address}" isn't a valid SMTP address. The domain name can't contain spaces and it has to have a prefix and a suffix, such as example.com."`);
  }
  return `smtp:${address}`;
}

function forwardingTarget(c: RunContext, raw: string | null | undefined): string | null | undefined {
  if (raw === undefined) return undefined;
  if (raw === null || raw.trim() === "") return null;
  const r = recipient(c, raw);
  return (r.user && c.dir.mailboxes.get(r.user.id)?.alias) ?? r.display;
}

export const setMailbox = cmdlet({
  name: "Set-Mailbox",
  write: true,
  params: {
    Identity: { type: "string", mandatory: true }, Type: { type: MAILBOX_TYPE },
    ForwardingSmtpAddress: { type: "string", nullable: true }, ForwardingAddress: { type: "string", nullable: true },
    DeliverToMailboxAndForward: { type: "bool" }, HiddenFromAddressListsEnabled: { type: "bool" }, Force: { type: "switch" },
  },
  run(c) {
    const m = mailboxByIdentity(c, c.p.Identity as string);
    const next: Partial<Mailbox> = {};
    if (c.p.Type !== undefined) {
      const details = TYPE_TO_DETAILS[c.p.Type as string];
      if (!details) throw exo.task(`Converting mailbox '${m.alias}' to type '${c.p.Type}' isn't supported in this organization.`);
      next.recipientTypeDetails = details;
    }
    const fwdSmtp = smtp(str(c.p.ForwardingSmtpAddress));
    if (fwdSmtp !== undefined) next.forwardingSmtpAddress = fwdSmtp;
    const fwd = forwardingTarget(c, str(c.p.ForwardingAddress));
    if (fwd !== undefined) next.forwardingAddress = fwd;
    if (c.p.DeliverToMailboxAndForward !== undefined) next.deliverToMailboxAndForward = c.p.DeliverToMailboxAndForward as boolean;
    if (c.p.HiddenFromAddressListsEnabled !== undefined) next.hiddenFromAddressListsEnabled = c.p.HiddenFromAddressListsEnabled as boolean;
    const changes = Object.entries(next).filter(([k, v]) => m[k as keyof Mailbox] !== v);
    if (!changes.length) return c.warn(noChangeWarning(m.alias));
    if (!c.commit()) return;
    Object.assign(m, Object.fromEntries(changes));
    c.touch(m);
  },
});

export const getMailboxStatistics = cmdlet({
  name: "Get-MailboxStatistics",
  write: false,
  params: { Identity: { type: "string", mandatory: true } },
  run: (c) => [statisticsRecord(c, mailboxByIdentity(c, c.p.Identity as string))],
});
