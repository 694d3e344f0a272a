import type { AutoReplyConfiguration } from "../../world/types";
import { date, p, type Rec } from "../envelope";
import { exo } from "../errors";
import { mailboxByIdentity } from "../resolve";
import { cmdlet, noChangeWarning, str } from "./types";

const STATE = { typeName: "Microsoft.Exchange.InfoWorker.Common.OOF.OofState", enum: ["Disabled", "Enabled", "Scheduled"] } as const;
const AUDIENCE = { typeName: "Microsoft.Exchange.InfoWorker.Common.OOF.ExternalAudience", enum: ["None", "Known", "All"] } as const;

function record(alias: string, a: AutoReplyConfiguration): Rec {
  return [
    p("AutoDeclineFutureRequestsWhenOOF", false), p("AutoReplyState", a.autoReplyState), p("CreateOOFEvent", false),
    p("DeclineAllEventsForScheduledOOF", false), p("DeclineEventsForScheduledOOF", false), p("DeclineMeetingMessage", null),
    date("EndTime", a.endTime), p("EventsToDeleteIDs", null), p("ExternalAudience", a.externalAudience),
    p("ExternalMessage", a.externalMessage), p("InternalMessage", a.internalMessage), p("OOFEventSubject", null),
    date("StartTime", a.startTime), p("MailboxOwnerId", alias), p("Identity", alias), p("IsValid", true), p("ObjectState", "Unchanged"),
  ];
}

export const getMailboxAutoReplyConfiguration = cmdlet({
  name: "Get-MailboxAutoReplyConfiguration",
  write: false,
  params: { Identity: { type: "string", mandatory: true } },
  run(c) {
    const m = mailboxByIdentity(c, c.p.Identity as string);
    return [record(m.alias, m.autoReply)];
  },
});

export const setMailboxAutoReplyConfiguration = cmdlet({
  name: "Set-MailboxAutoReplyConfiguration",
  write: true,
  params: {
    Identity: { type: "string", mandatory: true }, AutoReplyState: { type: STATE }, InternalMessage: { type: "string", nullable: true },
    ExternalMessage: { type: "string", nullable: true }, ExternalAudience: { type: AUDIENCE }, StartTime: { type: "date" }, EndTime: { type: "date" },
  },
  run(c) {
    const m = mailboxByIdentity(c, c.p.Identity as string);
    const next: AutoReplyConfiguration = { ...m.autoReply };
    if (c.p.AutoReplyState !== undefined) next.autoReplyState = c.p.AutoReplyState as AutoReplyConfiguration["autoReplyState"];
    if (c.p.InternalMessage !== undefined) next.internalMessage = str(c.p.InternalMessage) ?? "";
    if (c.p.ExternalMessage !== undefined) next.externalMessage = str(c.p.ExternalMessage) ?? "";
    if (c.p.ExternalAudience !== undefined) next.externalAudience = c.p.ExternalAudience as AutoReplyConfiguration["externalAudience"];
    if (c.p.StartTime !== undefined) next.startTime = c.p.StartTime as string;
    if (c.p.EndTime !== undefined) next.endTime = c.p.EndTime as string;
    if (next.autoReplyState === "Scheduled" && Date.parse(next.endTime) <= Date.parse(next.startTime)) {
      throw exo.task("The end time must be later than the start time.", "Microsoft.Exchange.Data.DataValidationException");
    }
    const keys = Object.keys(next) as (keyof AutoReplyConfiguration)[];
    if (keys.every((k) => next[k] === m.autoReply[k])) return c.warn(noChangeWarning(m.alias));
    if (!c.commit()) return;
    m.autoReply = next;
    c.touch(m);
  },
});
