import type { Group } from "../../world/types";
import { date, guid, list, p, type Rec } from "../envelope";
import { exo } from "../errors";
import { compileFilter } from "../filter";
import { distributionGroupByIdentity, distributionGroups, dlGuid, recipient } from "../resolve";
import { cmdlet, type RunContext } from "./types";

const GROUP_TYPES = { typeName: "Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails", enum: ["MailUniversalDistributionGroup", "MailUniversalSecurityGroup", "RoomList"], multi: true } as const;
const RULE_STATE = { typeName: "Microsoft.Exchange.MessagingPolicies.Rules.RuleState", enum: ["Enabled", "Disabled"] } as const;

function dlRecord(c: RunContext, g: Group): Rec {
  const kind = g.securityEnabled ? "MailUniversalSecurityGroup" : "MailUniversalDistributionGroup";
  const smtp = g.mail ?? `${g.mailNickname}@${c.tenant.defaultDomain}`;
  const initial = `${g.mailNickname}@${c.tenant.initialDomain}`;
  return [
    p("Name", g.displayName), p("DisplayName", g.displayName), p("Alias", g.mailNickname), p("PrimarySmtpAddress", smtp),
    p("WindowsEmailAddress", smtp), list("EmailAddresses", smtp === initial ? [`SMTP:${smtp}`] : [`SMTP:${smtp}`, `smtp:${initial}`]),
    p("GroupType", g.securityEnabled ? "Universal, SecurityEnabled" : "Universal"), p("RecipientType", kind), p("RecipientTypeDetails", kind),
    list("Description", g.description ? [g.description] : []), list("ManagedBy", []), p("MemberJoinRestriction", "Closed"),
    p("MemberDepartRestriction", "Closed"), p("RequireSenderAuthenticationEnabled", true), p("HiddenFromAddressListsEnabled", false),
    p("ExternalDirectoryObjectId", g.id), p("OrganizationalUnit", c.forest.ou), p("Identity", g.displayName), p("Id", g.displayName),
    p("IsValid", true), date("WhenChanged", c.changedAt(g, g.createdDateTime)), date("WhenCreated", g.createdDateTime),
    guid("ExchangeObjectId", dlGuid(c, g)), guid("Guid", dlGuid(c, g)),
  ];
}

export const getDistributionGroup = cmdlet({
  name: "Get-DistributionGroup",
  write: false,
  params: { Identity: { type: "string" }, ResultSize: { type: "resultSize" }, RecipientTypeDetails: { type: GROUP_TYPES }, Filter: { type: "string" } },
  run(c) {
    const types = c.p.RecipientTypeDetails as string[] | undefined;
    let recs = (c.p.Identity === undefined ? distributionGroups(c) : [distributionGroupByIdentity(c, c.p.Identity as string)])
      .map((g) => dlRecord(c, g))
      .filter((r) => !types || types.includes(r.find(([k]) => k === "RecipientTypeDetails")![1] as string));
    if (c.p.Filter !== undefined) recs = recs.filter(compileFilter(c.p.Filter as string));
    return recs.slice(0, (c.p.ResultSize as number) ?? Infinity);
  },
});

const memberParams = { Identity: { type: "string", mandatory: true }, Member: { type: "string", mandatory: true }, BypassSecurityGroupManagerCheck: { type: "switch" } } as const;

export const addDistributionGroupMember = cmdlet({
  name: "Add-DistributionGroupMember",
  write: true,
  params: { ...memberParams },
  run(c) {
    const g = distributionGroupByIdentity(c, c.p.Identity as string);
    const member = recipient(c, c.p.Member as string);
    if (g.members.has(member.id)) {
      throw exo.task(`The recipient "${member.display}" is already a member of the group "${g.displayName}".`, "Microsoft.Exchange.Management.Tasks.MemberAlreadyExistsException");
    }
    if (!c.commit()) return;
    g.members.add(member.id);
    c.touch(g);
  },
});

export const removeDistributionGroupMember = cmdlet({
  name: "Remove-DistributionGroupMember",
  write: true,
  params: { ...memberParams },
  run(c) {
    const g = distributionGroupByIdentity(c, c.p.Identity as string);
    const member = recipient(c, c.p.Member as string);
    if (!g.members.has(member.id)) {
      throw exo.task(`The recipient "${member.display}" isn't a member of the group "${g.displayName}".`, "Microsoft.Exchange.Management.Tasks.MemberNotFoundException");
    }
    if (!c.commit()) return;
    g.members.delete(member.id);
    c.touch(g);
  },
});

export const getTransportRule = cmdlet({
  name: "Get-TransportRule",
  write: false,
  params: { Identity: { type: "string" }, State: { type: RULE_STATE }, ResultSize: { type: "resultSize" } },
  run(c) {
    let rules = c.dir.transportRules;
    if (c.p.Identity !== undefined) {
      const key = (c.p.Identity as string).toLowerCase();
      rules = rules.filter((r) => r.name.toLowerCase() === key || r.guid === key);
      if (!rules.length) throw exo.notFound(c.p.Identity as string, c.forest);
    }
    if (c.p.State !== undefined) rules = rules.filter((r) => r.state === c.p.State);
    return rules.slice(0, (c.p.ResultSize as number) ?? Infinity).map((r): Rec => [
      p("Name", r.name), p("Identity", r.name), guid("Guid", r.guid), guid("ImmutableId", r.guid), p("State", r.state), p("Mode", r.mode),
      p("Priority", r.priority), p("Description", r.description), p("Comments", ""), p("RuleVersion", "15.0.5.6"),
      date("WhenChanged", r.whenChanged), p("IsValid", true), p("ObjectState", "Unchanged"),
    ]);
  },
});
