import type { InboxRule, Mailbox } from "../../world/types";
import { list, p, type Rec } from "../envelope";
import { exo } from "../errors";
import { mailboxByIdentity } from "../resolve";
import { cmdlet, type RunContext } from "./types";

const quote = (xs: string[]) => xs.map((x) => `'${x}'`).join(" or ");

/** The rule summary Exchange shows in Description ("If the message: ... Take the following actions: ..."). */
function describe(r: InboxRule): string {
  const when = [
    r.from?.length ? `is received from ${quote(r.from)}` : null,
    r.subjectContainsWords?.length ? `includes ${quote(r.subjectContainsWords)} in the subject` : null,
  ].filter(Boolean);
  const then = [
    r.moveToFolder ? `move the message to folder '${r.moveToFolder}'` : null,
    r.forwardTo?.length ? `forward the message to ${quote(r.forwardTo)}` : null,
    r.forwardAsAttachmentTo?.length ? `forward the message as an attachment to ${quote(r.forwardAsAttachmentTo)}` : null,
    r.redirectTo?.length ? `redirect the message to ${quote(r.redirectTo)}` : null,
    r.markAsRead ? "mark the message as read" : null,
    r.deleteMessage ? "delete the message" : null,
    r.stopProcessingRules ? "and stop processing more rules on this message" : null,
  ].filter(Boolean);
  const ifPart = when.length ? `If the message:\r\n\t${when.join("\r\n\tand ")}\r\n` : "";
  return `${ifPart}Take the following actions:\r\n\t${then.join("\r\n\t")}\r\n`;
}

function record(m: Mailbox, r: InboxRule): Rec {
  return [
    p("Description", describe(r)), p("Enabled", r.enabled), p("Identity", `${m.alias}\\${r.ruleIdentity}`), p("InError", false),
    p("Name", r.name), p("Priority", r.priority), p("RuleIdentity", Number(r.ruleIdentity)), list("From", r.from), list("SentTo", null),
    list("SubjectContainsWords", r.subjectContainsWords), list("ForwardTo", r.forwardTo), list("ForwardAsAttachmentTo", r.forwardAsAttachmentTo),
    list("RedirectTo", r.redirectTo), p("DeleteMessage", r.deleteMessage), p("MoveToFolder", r.moveToFolder), p("MarkAsRead", r.markAsRead),
    p("StopProcessingRules", r.stopProcessingRules), p("MailboxOwnerId", m.alias), p("IsValid", true), p("ObjectState", "Unchanged"),
  ];
}

/** -Mailbox, or the mailbox named in an Identity of the form "mailbox\ruleId", or the caller's own. */
function targetMailbox(c: RunContext): Mailbox {
  const identity = c.p.Identity as string | undefined;
  const fromIdentity = identity?.includes("\\") ? identity.slice(0, identity.lastIndexOf("\\")) : undefined;
  return mailboxByIdentity(c, (c.p.Mailbox as string | undefined) ?? fromIdentity ?? c.caller);
}

function ruleOf(c: RunContext, m: Mailbox, identity: string): InboxRule {
  const key = identity.slice(identity.lastIndexOf("\\") + 1).trim().toLowerCase();
  const byId = m.inboxRules.find((r) => r.ruleIdentity === key);
  if (byId) return byId;
  const byName = m.inboxRules.filter((r) => r.name.toLowerCase() === key);
  if (byName.length > 1) throw exo.ambiguous(identity);
  if (!byName[0]) throw exo.notFound(identity, c.forest);
  return byName[0];
}

const ruleParams = { Mailbox: { type: "string" }, Identity: { type: "string", mandatory: true }, Force: { type: "switch" }, AlwaysDeleteOutlookRulesBlob: { type: "switch" } } as const;

export const getInboxRule = cmdlet({
  name: "Get-InboxRule",
  write: false,
  params: { Mailbox: { type: "string" }, Identity: { type: "string" }, IncludeHidden: { type: "switch" } },
  run(c) {
    const m = targetMailbox(c);
    const rules = c.p.Identity === undefined ? m.inboxRules : [ruleOf(c, m, c.p.Identity as string)];
    return rules.map((r) => record(m, r));
  },
});

export const disableInboxRule = cmdlet({
  name: "Disable-InboxRule",
  write: true,
  params: { ...ruleParams },
  run(c) {
    const m = targetMailbox(c);
    const rule = ruleOf(c, m, c.p.Identity as string);
    if (!rule.enabled || !c.commit()) return;
    rule.enabled = false;
    c.touch(m);
  },
});

export const removeInboxRule = cmdlet({
  name: "Remove-InboxRule",
  write: true,
  params: { ...ruleParams },
  run(c) {
    const m = targetMailbox(c);
    const rule = ruleOf(c, m, c.p.Identity as string);
    if (!c.commit()) return;
    m.inboxRules.splice(m.inboxRules.indexOf(rule), 1);
    c.touch(m);
  },
});
