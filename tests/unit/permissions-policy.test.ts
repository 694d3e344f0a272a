import { describe, expect, it } from "vitest";

import { ACTIONS, ACTION_IDS, type ActionId } from "@/lib/actions/registry";
import { ROLES, type Role } from "@/lib/auth/roles";
import { can, PERMISSIONS, type Permission } from "@/lib/authz/permissions";

// Who may do what, written out by hand. matrix.ts and the authz tests take the allowed roles from
// PERMISSIONS itself, so a wrong grant there would pass them; this table is the independent record
// of the intended policy (issue 5, README), and any change to a grant must change it too.

const ALL_ROLES: Role[] = ["admin", "technician", "service_desk", "read_only"];
const WRITERS: Role[] = ["admin", "technician"];
const DESK: Role[] = ["admin", "technician", "service_desk"];

/** Which built-in roles may run each action. Read-only changes nothing. */
const MAY_RUN: Record<ActionId, Role[]> = {
  // The service desk's everyday user requests: passwords, sessions, MFA.
  "user.reset_password": DESK,
  "user.revoke_sessions": DESK,
  "user.reset_mfa": DESK,
  // Account, licence and membership changes are for technicians and admins.
  "user.block_sign_in": WRITERS,
  "user.unblock_sign_in": WRITERS,
  "user.create": WRITERS,
  "user.update": WRITERS,
  "user.assign_license": WRITERS,
  "user.remove_license": WRITERS,
  "group.add_member": WRITERS,
  "group.remove_member": WRITERS,
};

/** The permissions no action uses: reads, approvals and the admin guard rails. */
const OTHER_GRANTS: Record<string, Role[]> = {
  "tenants.read": ALL_ROLES,
  "users.read": ALL_ROLES,
  "audit.read": ALL_ROLES,
  // The service desk sees a tenant's identity only, not its configuration.
  "tenants.configuration": ["admin", "technician", "read_only"],
  "approvals.decide": WRITERS,
  "protected_accounts.manage": ["admin"],
  "scopes.manage": ["admin"],
  "settings.manage": ["admin"],
};

const T = { id: "11111111-1111-4111-8111-111111111111", tags: [] };
const sorted = (roles: readonly Role[]) => [...roles].sort();

describe("the intended permission policy", () => {
  it("names exactly the built-in roles", () => {
    expect(sorted(ROLES)).toEqual(sorted(ALL_ROLES));
  });

  it("has a row for every action, and no other", () => {
    expect(Object.keys(MAY_RUN).sort()).toEqual([...ACTION_IDS].sort());
  });

  for (const id of ACTION_IDS) {
    it(`${id}: ${MAY_RUN[id].join(", ")} may run it, no one else`, () => {
      const permission = ACTIONS[id].permission;
      expect(sorted(PERMISSIONS[permission].roles)).toEqual(sorted(MAY_RUN[id]));
      for (const role of ALL_ROLES) expect(can({ role }, permission, T, { kind: "all" }).ok, role).toBe(MAY_RUN[id].includes(role));
    });
  }

  it("grants every other permission as intended, and there are no others", () => {
    const used = new Set<string>(Object.values(ACTIONS).map((d) => d.permission));
    const others = Object.fromEntries(Object.entries(PERMISSIONS).filter(([p]) => !used.has(p)).map(([p, { roles }]) => [p, sorted(roles)]));
    expect(others).toEqual(Object.fromEntries(Object.entries(OTHER_GRANTS).map(([p, roles]) => [p, sorted(roles)])));
    for (const [permission, roles] of Object.entries(OTHER_GRANTS)) {
      for (const role of ALL_ROLES) expect(can({ role }, permission as Permission, null, { kind: "all" }).ok, `${permission} ${role}`).toBe(roles.includes(role));
    }
  });
});
