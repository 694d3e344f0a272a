import { randomUUID } from "node:crypto";
import { passwordMethod } from "../world/directory";
import type { User } from "../world/types";
import { badRequest } from "./errors";
import { project } from "./odata/collection";
import { requireRole } from "./roles";
import { route, type Call, type GraphScope } from "./route";
import { EXTRA_PROPS, userExtras, userSpec } from "./serialize/user";
import { targetUser } from "./users";

type Kind = "string" | "nstring" | "boolean" | "strings" | "object";

/** Properties a client may write, with their JSON type; everything else on a user is read-only. */
const WRITABLE: Record<string, Kind> = {
  accountEnabled: "boolean", displayName: "string", givenName: "nstring", surname: "nstring", jobTitle: "nstring",
  department: "nstring", officeLocation: "nstring", mobilePhone: "nstring", businessPhones: "strings",
  preferredLanguage: "nstring", usageLocation: "nstring", mail: "nstring", mailNickname: "string",
  userPrincipalName: "string", passwordPolicies: "nstring", userType: "string", passwordProfile: "object",
  ...Object.fromEntries(EXTRA_PROPS.map((p) => [p, p === "otherMails" ? "strings" : p === "showInAddressList" ? "boolean" : "nstring"])),
};

const invalid = (p: string) => badRequest(`Invalid value specified for property '${p}' of resource 'User'.`);

function typeOk(kind: Kind, v: unknown): boolean {
  switch (kind) {
    case "string": return typeof v === "string" && v.length > 0;
    case "nstring": return v === null || typeof v === "string";
    case "boolean": return typeof v === "boolean";
    case "strings": return Array.isArray(v) && v.every((x) => typeof x === "string");
    case "object": return !!v && typeof v === "object" && !Array.isArray(v);
  }
}

/** Entra's default policy: 8–256 characters, three of lower case, upper case, digits and symbols. */
export function checkPassword(password: unknown): string {
  const p = typeof password === "string" ? password : "";
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(p)).length;
  if (p.length < 8 || p.length > 256 || classes < 3) {
    throw badRequest("The specified password does not comply with password complexity requirements. Please provide a different password.");
  }
  return p;
}

function validate(call: Call, body: Record<string, unknown>, self?: User): void {
  for (const [k, v] of Object.entries(body)) {
    const kind = WRITABLE[k];
    if (!kind) throw badRequest(`Property '${k}' is read-only or does not exist as a declared property or extension property.`);
    if (!typeOk(kind, v)) throw invalid(k);
  }
  if (typeof body.usageLocation === "string" && !/^[A-Z]{2}$/.test(body.usageLocation)) throw invalid("usageLocation");
  if (body.userType !== undefined && body.userType !== "Member" && body.userType !== "Guest") throw invalid("userType");
  const upn = body.userPrincipalName as string | undefined;
  if (upn !== undefined) {
    const domain = upn.split("@")[1]?.toLowerCase();
    if (!domain || !call.tenant.domains.some((d) => d.isVerified && d.id.toLowerCase() === domain)) {
      throw badRequest("The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.");
    }
    const clash = [...call.dir.users.values()].find((u) => u !== self && u.userPrincipalName.toLowerCase() === upn.toLowerCase());
    if (clash) throw badRequest("Another object with the same value for property userPrincipalName already exists.");
  }
}

/** Writes validated properties onto the user; a new password or a block also ends existing sessions. */
function apply(call: Call, u: User, body: Record<string, unknown>): void {
  const now = call.ctx.clock.iso();
  const extras = userExtras(call.ctx, call.tenant, u);
  for (const [k, v] of Object.entries(body)) {
    if (k === "passwordProfile") continue;
    if ((EXTRA_PROPS as readonly string[]).includes(k)) extras[k] = v;
    else (u as unknown as Record<string, unknown>)[k] = v;
  }
  const profile = body.passwordProfile as Record<string, unknown> | undefined;
  if (profile) {
    if (profile.password !== undefined) {
      u.password = checkPassword(profile.password);
      u.lastPasswordChangeDateTime = now;
      u.signInSessionsValidFromDateTime = now;
    }
    if (typeof profile.forceChangePasswordNextSignIn === "boolean") u.forceChangePasswordNextSignIn = profile.forceChangePasswordNextSignIn;
  }
  if (body.accountEnabled === false) u.signInSessionsValidFromDateTime = now;
}

export function userWriteRoutes(s: GraphScope): void {
  route(s, "POST", "/users", "graph.users.create", (call) => {
    requireRole(call.caller, "users.create");
    const body = (call.body ?? {}) as Record<string, unknown>;
    for (const p of ["accountEnabled", "displayName", "mailNickname", "userPrincipalName", "passwordProfile"]) {
      if (body[p] === undefined || body[p] === null) throw invalid(p);
    }
    validate(call, body);
    const password = checkPassword((body.passwordProfile as Record<string, unknown>).password);
    const now = call.ctx.clock.iso();
    const u: User = {
      id: randomUUID(), userPrincipalName: "", displayName: "", givenName: null, surname: null, mail: null, mailNickname: "",
      jobTitle: null, department: null, officeLocation: null, mobilePhone: null, businessPhones: [], preferredLanguage: null,
      usageLocation: null, accountEnabled: true, userType: "Member", createdDateTime: now, assignedLicenses: [],
      passwordPolicies: null, password, forceChangePasswordNextSignIn: true, lastPasswordChangeDateTime: now,
      signInSessionsValidFromDateTime: now, authenticationMethods: [passwordMethod()], tags: [],
    };
    call.ctx.store("graph.userExtras", () => new Map<string, Record<string, unknown>>()).set(u.id, {});
    apply(call, u, body);
    call.dir.users.set(u.id, u);
    const spec = userSpec(call.ctx, call.tenant);
    return { status: 201, body: { "@odata.context": `${call.base}/$metadata#users/$entity`, ...project(spec, u) } };
  });

  route(s, "PATCH", "/users/:id", "graph.users.update", (call) => {
    const u = targetUser(call, call.params.id!);
    const body = call.body;
    if (!body || typeof body !== "object" || Array.isArray(body)) throw badRequest("Empty Payload. JSON content expected.", "BadRequest");
    const keys = Object.keys(body);
    if (keys.includes("passwordProfile")) requireRole(call.caller, "users.resetPassword", u);
    if (keys.includes("accountEnabled")) requireRole(call.caller, "users.enable", u);
    if (keys.some((k) => k !== "passwordProfile" && k !== "accountEnabled")) requireRole(call.caller, "users.update", u);
    validate(call, body, u);
    apply(call, u, body);
    return { status: 204 };
  });

  route(s, "DELETE", "/users/:id", "graph.users.delete", (call) => {
    const u = targetUser(call, call.params.id!);
    requireRole(call.caller, "users.delete", u);
    call.dir.users.delete(u.id);
    call.dir.mailboxes.delete(u.id);
    for (const g of call.dir.groups.values()) g.members.delete(u.id);
    for (const r of call.dir.directoryRoles) r.members.delete(u.id);
    return { status: 204 };
  });
}
