import { Rng } from "../core/random";
import { CITIES, DEPARTMENTS, EXCHANGE_PLANS, FIRST_NAMES, JOB_TITLES, LAST_NAMES, ROLE, ROLE_NAMES, SKUS } from "./catalog";
import { newMailbox } from "./mailbox";
import type { AuthMethod, Directory, DirectoryRole, Group, Mailbox, SubscribedSku, User } from "./types";

const DAY = 86_400_000;

export interface DirectorySpec {
  seed: string;
  label: string;
  tenantId: string;
  displayName: string;
  initialDomain: string;
  defaultDomain: string;
  epochMs: number;
  userCount: number;
  partnerTenantType: string | null;
}

/** Builds one customer's directory and Exchange organisation from its own random stream. */
export function generateDirectory(spec: DirectorySpec): Directory {
  const rng = new Rng(spec.seed, spec.label);
  const iso = (daysAgo: number) => new Date(spec.epochMs - daysAgo * DAY).toISOString();
  const city = rng.pick(CITIES);
  const users = new Map<string, User>();
  const groups = new Map<string, Group>();
  const mailboxes = new Map<string, Mailbox>();
  const skuPool = rng.sample(SKUS.slice(0, 4), rng.int(1, 2));
  const extras = rng.chance(0.5) ? [SKUS[4], SKUS[5]] : [SKUS[5]];
  const skus = [...skuPool, ...extras];
  const primarySku = skus[0]!;
  const usedNicks = new Set<string>();

  const addUser = (first: string, last: string, opts: Partial<User> & { nick?: string } = {}): User => {
    let nick = opts.nick ?? `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "");
    for (let i = 2; usedNicks.has(nick); i++) nick = `${nick.replace(/\d+$/, "")}${i}`;
    usedNicks.add(nick);
    const upn = `${nick}@${opts.userType === "Guest" ? spec.initialDomain : spec.defaultDomain}`;
    const created = iso(rng.int(30, 2000));
    const user: User = {
      id: rng.uuid(), userPrincipalName: upn, displayName: `${first} ${last}`, givenName: first, surname: last,
      mail: upn, mailNickname: nick, jobTitle: rng.pick(JOB_TITLES), department: rng.pick(DEPARTMENTS),
      officeLocation: city[0], mobilePhone: rng.chance(0.6) ? `+1 555 01${rng.int(10, 99)}` : null,
      businessPhones: rng.chance(0.5) ? [`+1 425 555 01${rng.int(10, 99)}`] : [], preferredLanguage: "en-US",
      usageLocation: city[1], accountEnabled: true, userType: "Member", createdDateTime: created,
      assignedLicenses: [], passwordPolicies: null, password: rng.hex(12), forceChangePasswordNextSignIn: false,
      lastPasswordChangeDateTime: created, signInSessionsValidFromDateTime: created,
      authenticationMethods: authMethods(rng), tags: [], ...opts,
    };
    users.set(user.id, user);
    return user;
  };

  const admin = addUser("Tenant", "Admin", { nick: "admin", jobTitle: "IT Administrator", tags: ["admin"] });
  const breakGlass = addUser("Break", "Glass", {
    nick: "breakglass", jobTitle: null, department: null, tags: ["break-glass"], authenticationMethods: [passwordMethod()],
  });
  const people: User[] = [];
  for (let i = users.size; i < spec.userCount; i++) {
    const guest = rng.chance(0.04);
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    if (guest) {
      const nick = `${first}.${last}_outlook.com#EXT#`.toLowerCase();
      people.push(addUser(first, last, { userType: "Guest", nick, mail: `${first}.${last}@outlook.com`.toLowerCase(), jobTitle: null, tags: ["guest"] }));
      continue;
    }
    people.push(addUser(first, last, { accountEnabled: !rng.chance(0.06) }));
  }
  const members = people.filter((u) => u.userType === "Member");
  const exchangeAdmin = members[0];
  const userAdmin = members[1];

  // Licences: most enabled members get the primary SKU; a few get an add-on.
  for (const u of [admin, ...members]) {
    if (rng.chance(0.88) || u === admin) u.assignedLicenses.push({ skuId: primarySku.skuId, disabledPlans: [] });
    if (rng.chance(0.1)) u.assignedLicenses.push({ skuId: skus[skus.length - 1]!.skuId, disabledPlans: [] });
  }
  const subscribedSkus: SubscribedSku[] = skus.map((s) => {
    const consumed = [...users.values()].filter((u) => u.assignedLicenses.some((l) => l.skuId === s.skuId)).length;
    return {
      skuId: s.skuId, skuPartNumber: s.skuPartNumber, capabilityStatus: "Enabled", appliesTo: "User",
      prepaidUnits: { enabled: s.skuPartNumber === "FLOW_FREE" ? 10000 : consumed + rng.int(0, 8), lockedOut: 0, suspended: 0, warning: 0 },
      servicePlans: s.servicePlans.map((p) => ({ ...p })), subscriptionIds: [rng.uuid()],
    };
  });

  const roles: DirectoryRole[] = [];
  const activate = (templateId: string, holders: (User | undefined)[]) => {
    const ids = holders.filter((u): u is User => !!u).map((u) => u.id);
    if (!ids.length) return;
    roles.push({ id: rng.uuid(), roleTemplateId: templateId, displayName: ROLE_NAMES[templateId]!, description: `Members of this role are ${ROLE_NAMES[templateId]}s.`, members: new Set(ids) });
  };
  activate(ROLE.globalAdministrator, [admin, breakGlass]);
  activate(ROLE.exchangeAdministrator, [exchangeAdmin]);
  activate(ROLE.userAdministrator, [userAdmin]);
  if (members[2] && rng.chance(0.5)) activate(ROLE.helpdeskAdministrator, [members[2]]);

  // Mailboxes for licensed members with an Exchange plan, plus a few shared mailboxes.
  const hasExchange = (u: User) => u.assignedLicenses.some((l) => SKUS.find((s) => s.skuId === l.skuId)?.servicePlans.some((p) => EXCHANGE_PLANS.has(p.servicePlanId)));
  for (const u of [admin, ...members]) if (hasExchange(u)) mailboxes.set(u.id, newMailbox(rng, u, "UserMailbox", spec, members));
  for (const alias of rng.sample(["info", "accounts", "support", "reception", "hr", "orders"], rng.int(2, 4))) {
    const shared = addUser(alias[0]!.toUpperCase() + alias.slice(1), "Mailbox", {
      nick: alias, displayName: `${alias[0]!.toUpperCase()}${alias.slice(1)}`, givenName: null, surname: null,
      accountEnabled: false, jobTitle: null, department: null, tags: ["shared-mailbox"], authenticationMethods: [],
    });
    mailboxes.set(shared.id, newMailbox(rng, shared, "SharedMailbox", spec, members));
  }

  const addGroup = (displayName: string, kind: "dl" | "security" | "m365", pool: User[]) => {
    const nick = displayName.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const mailEnabled = kind !== "security";
    const g: Group = {
      id: rng.uuid(), displayName, description: `${displayName} (${kind === "dl" ? "distribution list" : kind === "m365" ? "Microsoft 365 group" : "security group"})`,
      mailNickname: nick, mail: mailEnabled ? `${nick}@${spec.defaultDomain}` : null, mailEnabled,
      securityEnabled: kind === "security", groupTypes: kind === "m365" ? ["Unified"] : [], createdDateTime: iso(rng.int(30, 1500)),
      members: new Set(rng.sample(pool, Math.min(pool.length, rng.int(1, Math.max(2, Math.ceil(pool.length / 3))))).map((u) => u.id)),
    };
    groups.set(g.id, g);
  };
  const enabled = members.filter((u) => u.accountEnabled);
  addGroup("All Staff", "dl", enabled);
  addGroup("Sales Team", "dl", enabled);
  addGroup(`${spec.displayName} Team`, "m365", enabled);
  addGroup("SG-VPN Users", "security", enabled);
  addGroup("SG-MFA Exclusions", "security", [breakGlass]);

  return {
    organization: {
      id: spec.tenantId, displayName: spec.displayName, countryLetterCode: city[1], city: city[0], street: `${rng.int(1, 999)} Main Street`,
      postalCode: city[3], state: city[2], preferredLanguage: "en", createdDateTime: iso(rng.int(400, 3000)),
      technicalNotificationMails: [admin.userPrincipalName], partnerTenantType: spec.partnerTenantType,
    },
    users, groups, directoryRoles: roles, subscribedSkus, mailboxes,
    transportRules: Array.from({ length: rng.int(0, 4) }, (_, i) => ({
      guid: rng.uuid(), name: rng.pick(["Disclaimer for external mail", "Block executable attachments", "Tag external senders", "Journal legal", "Bypass spam filter for partner"]) + (i ? ` ${i + 1}` : ""),
      state: rng.chance(0.8) ? "Enabled" as const : "Disabled" as const, mode: "Enforce" as const, priority: i,
      description: "If the message... Take the following actions...", whenChanged: iso(rng.int(1, 400)),
    })),
  };
}

export function passwordMethod(): AuthMethod {
  return { id: "28c10230-6103-485e-b985-444c60001490", "@odata.type": "#microsoft.graph.passwordAuthenticationMethod", props: { password: null, createdDateTime: null } };
}

function authMethods(rng: Rng): AuthMethod[] {
  const methods = [passwordMethod()];
  if (rng.chance(0.7)) methods.push({ id: rng.uuid(), "@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod", props: { displayName: rng.pick(["iPhone 15", "Pixel 8", "Galaxy S24"]), deviceTag: "SoftwareTokenActivated", phoneAppVersion: "6.8.9" } });
  if (rng.chance(0.3)) methods.push({ id: "3179e48a-750b-4051-897c-87b9720928f7", "@odata.type": "#microsoft.graph.phoneAuthenticationMethod", props: { phoneNumber: `+1 555555${rng.int(1000, 9999)}`, phoneType: "mobile", smsSignInState: "notAllowedByPolicy" } });
  if (rng.chance(0.08)) methods.push({ id: rng.uuid(), "@odata.type": "#microsoft.graph.fido2AuthenticationMethod", props: { displayName: "YubiKey 5", model: "YubiKey 5 NFC", aaGuid: "cb69481e-8ff7-4039-93ec-0a2729a154a8", attestationLevel: "attested", createdDateTime: null } });
  return methods;
}
