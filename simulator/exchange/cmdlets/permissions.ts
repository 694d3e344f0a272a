import type { Mailbox } from "../../world/types";
import { list, p, type Rec } from "../envelope";
import { allMailboxes, mailboxByIdentity, principal } from "../resolve";
import { cmdlet, type RunContext } from "./types";

const MAILBOX_RIGHTS = { typeName: "Microsoft.Exchange.Management.RecipientTasks.MailboxRights[]", enum: ["ChangeOwner", "ChangePermission", "DeleteItem", "ExternalAccount", "FullAccess", "ReadPermission"], multi: true } as const;
const INHERITANCE = { typeName: "System.DirectoryServices.ActiveDirectorySecurityInheritance", enum: ["None", "All", "Descendents", "SelfAndChildren", "Children"] } as const;
const RECIPIENT_RIGHTS = { typeName: "Microsoft.Exchange.Management.RecipientTasks.RecipientAccessRight[]", enum: ["SendAs"], multi: true } as const;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const dn = (c: RunContext, m: Mailbox) => `CN=${m.alias},${c.forest.dn}`;
const aceMissing = (c: RunContext, m: Mailbox, who: string) =>
  `Can't remove the access control entry on the object "${dn(c, m)}" for account "${who}" because the ACE doesn't exist on the object.`;

/** The account an ACE names: an existing entry's text as given (e.g. NT AUTHORITY\SELF), else a user or group. */
function account(c: RunContext, value: string, existing: string[]): string {
  return existing.find((e) => same(e, value)) ?? principal(c, value).display;
}

function mailboxAce(m: Mailbox, e: Mailbox["permissions"][number]): Rec {
  return [p("Identity", m.alias), p("User", e.user), list("AccessRights", e.accessRights), p("IsInherited", e.isInherited), p("Deny", e.deny), p("InheritanceType", e.inheritanceType), p("IsValid", true), p("ObjectState", "Unchanged")];
}

function recipientAce(m: Mailbox, e: Mailbox["recipientPermissions"][number]): Rec {
  return [p("Identity", m.alias), p("Trustee", e.trustee), p("AccessControlType", e.accessControlType), list("AccessRights", e.accessRights), p("IsInherited", e.isInherited), p("InheritanceType", "None"), p("IsValid", true), p("ObjectState", "Unchanged")];
}

export const getMailboxPermission = cmdlet({
  name: "Get-MailboxPermission",
  write: false,
  params: { Identity: { type: "string", mandatory: true }, User: { type: "string" }, ResultSize: { type: "resultSize" } },
  run(c) {
    const m = mailboxByIdentity(c, c.p.Identity as string);
    const who = c.p.User === undefined ? undefined : account(c, c.p.User as string, m.permissions.map((e) => e.user));
    return m.permissions.filter((e) => !who || same(e.user, who)).map((e) => mailboxAce(m, e)).slice(0, (c.p.ResultSize as number) ?? Infinity);
  },
});

export const addMailboxPermission = cmdlet({
  name: "Add-MailboxPermission",
  write: true,
  params: {
    Identity: { type: "string", mandatory: true }, User: { type: "string", mandatory: true }, AccessRights: { type: MAILBOX_RIGHTS, mandatory: true },
    InheritanceType: { type: INHERITANCE }, AutoMapping: { type: "bool" }, Deny: { type: "switch" },
  },
  run(c) {
    const m = mailboxByIdentity(c, c.p.Identity as string);
    const who = principal(c, c.p.User as string).display;
    const rights = c.p.AccessRights as string[];
    const deny = c.p.Deny === true;
    let ace = m.permissions.find((e) => !e.isInherited && e.deny === deny && same(e.user, who));
    if (ace && rights.every((r) => ace!.accessRights.includes(r))) return [mailboxAce(m, ace)];
    if (!c.commit()) return;
    if (ace) ace.accessRights = [...new Set([...ace.accessRights, ...rights])];
    else m.permissions.push((ace = { user: who, accessRights: rights, isInherited: false, deny, inheritanceType: (c.p.InheritanceType as string) ?? "All" }));
    c.touch(m);
    return [mailboxAce(m, ace)];
  },
});

export const removeMailboxPermission = cmdlet({
  name: "Remove-MailboxPermission",
  write: true,
  params: {
    Identity: { type: "string", mandatory: true }, User: { type: "string", mandatory: true }, AccessRights: { type: MAILBOX_RIGHTS, mandatory: true },
    InheritanceType: { type: INHERITANCE }, Deny: { type: "switch" }, BypassMasterAccountSid: { type: "switch" },
  },
  run(c) {
    const m = mailboxByIdentity(c, c.p.Identity as string);
    const who = account(c, c.p.User as string, m.permissions.map((e) => e.user));
    const rights = c.p.AccessRights as string[];
    const ace = m.permissions.find((e) => !e.isInherited && e.deny === (c.p.Deny === true) && same(e.user, who));
    if (!ace || !rights.some((r) => ace.accessRights.includes(r))) return c.warn(aceMissing(c, m, who));
    if (!c.commit()) return;
    ace.accessRights = ace.accessRights.filter((r) => !rights.includes(r));
    if (!ace.accessRights.length) m.permissions.splice(m.permissions.indexOf(ace), 1);
    c.touch(m);
  },
});

export const getRecipientPermission = cmdlet({
  name: "Get-RecipientPermission",
  write: false,
  params: { Identity: { type: "string" }, Trustee: { type: "string" }, AccessRights: { type: RECIPIENT_RIGHTS }, ResultSize: { type: "resultSize" } },
  run(c) {
    const boxes = c.p.Identity === undefined ? allMailboxes(c) : [mailboxByIdentity(c, c.p.Identity as string)];
    const existing = boxes.flatMap((m) => m.recipientPermissions.map((e) => e.trustee));
    const who = c.p.Trustee === undefined ? undefined : account(c, c.p.Trustee as string, existing);
    return boxes
      .flatMap((m) => m.recipientPermissions.filter((e) => !who || same(e.trustee, who)).map((e) => recipientAce(m, e)))
      .slice(0, (c.p.ResultSize as number) ?? Infinity);
  },
});

export const addRecipientPermission = cmdlet({
  name: "Add-RecipientPermission",
  write: true,
  params: { Identity: { type: "string", mandatory: true }, Trustee: { type: "string", mandatory: true }, AccessRights: { type: RECIPIENT_RIGHTS, mandatory: true } },
  run(c) {
    const m = mailboxByIdentity(c, c.p.Identity as string);
    const who = principal(c, c.p.Trustee as string).display;
    const existing = m.recipientPermissions.find((e) => e.accessControlType === "Allow" && same(e.trustee, who));
    if (existing) {
      c.warn(`The appropriate access control entry is already present on the object "${dn(c, m)}" for account "${who}".`);
      return [recipientAce(m, existing)];
    }
    if (!c.commit()) return;
    const ace = { trustee: who, accessRights: ["SendAs"], accessControlType: "Allow" as const, isInherited: false };
    m.recipientPermissions.push(ace);
    c.touch(m);
    return [recipientAce(m, ace)];
  },
});

export const removeRecipientPermission = cmdlet({
  name: "Remove-RecipientPermission",
  write: true,
  params: { Identity: { type: "string", mandatory: true }, Trustee: { type: "string", mandatory: true }, AccessRights: { type: RECIPIENT_RIGHTS, mandatory: true } },
  run(c) {
    const m = mailboxByIdentity(c, c.p.Identity as string);
    const who = account(c, c.p.Trustee as string, m.recipientPermissions.map((e) => e.trustee));
    const ace = m.recipientPermissions.find((e) => !e.isInherited && same(e.trustee, who));
    if (!ace) return c.warn(aceMissing(c, m, who));
    if (!c.commit()) return;
    m.recipientPermissions.splice(m.recipientPermissions.indexOf(ace), 1);
    c.touch(m);
  },
});
