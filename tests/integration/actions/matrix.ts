import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { redact, REDACTED } from "@/lib/actions/redact";
import { ACTIONS, type ActionId } from "@/lib/actions/registry";
import { ROLES, type Role } from "@/lib/auth/roles";
import { roleHas } from "@/lib/authz/permissions";
import type { User } from "../../../simulator/world/types";
import { auditRows, callAction, graphCount, simUsers, startActionsHarness, upstreamSince, type ActionsHarness, type PersonKey } from "./harness";

export interface ActionSpec {
  id: ActionId;
  /** the simulator's log op of the write (nothing may reach it when a request is refused) */
  writeOp: string;
  /** puts the target into the state the action changes (e.g. enabled, for a block) */
  arrange(u: User): void;
  /** the tenant really changed: read back from the simulator's directory */
  changed(u: User, before: User, body: any): void;
  /** the action's other input fields, next to `user` (e.g. a group or a licence) */
  extra?(): Record<string, unknown>;
}

/**
 * No audit row holds a redacted field's value: every such key anywhere in a row's detail reads
 * "[redacted]", and a secret the caller was shown once (e.g. a generated password) is in no row.
 */
export function expectRedacted(rows: { detail: unknown }[], fields: readonly string[], shown: Record<string, unknown> = {}) {
  const walk = (v: unknown, at: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${at}[${i}]`));
    if (v === null || typeof v !== "object") return;
    for (const [k, x] of Object.entries(v)) {
      if (fields.includes(k)) expect(x, `${at}.${k}`).toBe(REDACTED);
      else walk(x, `${at}.${k}`);
    }
  };
  for (const row of rows) walk(row.detail, "detail");
  const text = JSON.stringify(rows.map((r) => r.detail));
  for (const field of fields) if (typeof shown[field] === "string") expect(text).not.toContain(shown[field]);
}

const PERSON: Record<Role, PersonKey> = { admin: "admin", technician: "tech", service_desk: "desk", read_only: "reader" };

/**
 * The checks every action gets, derived from its definition and the permission table: each allowed
 * role succeeds and the tenant changes; each other role gets 403 and a `denied` row with no write;
 * unknown and out-of-scope tenants are 404; guards stop lower roles on admins and break-glass.
 * Returns the harness for the file's own, action-specific tests.
 */
export function actionMatrix(spec: ActionSpec): { h: () => ActionsHarness } {
  const def = ACTIONS[spec.id];
  let h: ActionsHarness;
  let next = 0;
  /** a fresh ordinary user per test, so tests never see each other's changes */
  const input = (user: string, more: Record<string, unknown> = {}) => ({ user, ...spec.extra?.(), ...more });
  const fresh = () => (u => (spec.arrange(u), u))(simUsers(h, h.tenant).ordinary(next++));

  beforeAll(async () => void (h = await startActionsHarness()));
  afterAll(() => h?.close());

  describe(`${spec.id}: roles`, () => {
    for (const role of ROLES) {
      if (roleHas(role, def.permission)) {
        it(`${role} runs it and the tenant changes`, async () => {
          const u = fresh();
          const before = structuredClone(u);
          const person = h.people[PERSON[role]];
          const res = await callAction(spec.id, { as: person, tenant: h.tenant, input: input(u.userPrincipalName, { ticket: "INC-1001" }) });
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          expect(res.body).toMatchObject({ status: "succeeded", action: spec.id, tenantId: h.tenant });
          spec.changed(u, before, res.body);
          const rows = (await auditRows(h, { action: spec.id, actorId: person.id })).filter((r) => r.target === u.userPrincipalName);
          expect(rows.map((r) => r.outcome)).toEqual(["requested", "succeeded"]);
          expect(rows[1]!.requestIds.length).toBeGreaterThan(0);
          expect(rows[1]!.detail).toMatchObject({ ticket: "INC-1001", durationMs: expect.any(Number) });
          // The row says what happened: a summary naming the target, before → after as the caller
          // saw it (and something changed), and the input as parsed, without the ticket.
          const detail = rows[1]!.detail as Record<string, unknown>;
          expect(detail.summary).toBe(res.body.summary);
          expect(detail.summary).toContain(u.userPrincipalName);
          expect({ before: detail.before, after: detail.after }).toEqual({ before: res.body.before, after: res.body.after });
          expect(detail.after).toBeTypeOf("object");
          expect(detail.after).not.toEqual(detail.before);
          const { ticket: _, ...sent } = def.input.parse(input(u.userPrincipalName, { ticket: "INC-1001" })) as Record<string, unknown>;
          for (const row of rows) expect((row.detail as Record<string, unknown>).input).toEqual(redact(sent, def.audit.redact));
          expectRedacted(rows, def.audit.redact, res.body.result);
        });
      } else {
        it(`${role} gets 403 and a denied audit row, and nothing is written`, async () => {
          const u = fresh();
          const before = structuredClone(u);
          const person = h.people[PERSON[role]];
          const writes = await graphCount(h, spec.writeOp);
          const res = await callAction(spec.id, { as: person, tenant: h.tenant, input: input(u.userPrincipalName) });
          expect(res.status).toBe(403);
          expect(res.body.error.code).toBe("FORBIDDEN");
          expect(await graphCount(h, spec.writeOp)).toBe(writes);
          expect(u).toEqual(before);
          const denied = await auditRows(h, { action: spec.id, actorId: person.id, outcome: "denied" });
          expect(denied.at(-1)).toMatchObject({ tenantId: h.tenant, target: u.userPrincipalName, detail: expect.objectContaining({ reason: "role" }) });
        });
      }
    }

    it(`an API key acts with its role (service desk): ${roleHas("service_desk", def.permission) ? "allowed" : "refused"}`, async () => {
      const u = fresh();
      const res = await callAction(spec.id, { key: h.deskKey, tenant: h.tenant, input: input(u.id) });
      expect(res.status).toBe(roleHas("service_desk", def.permission) ? 200 : 403);
    });
  });

  describe(`${spec.id}: tenants`, () => {
    it("answers 404 for an unknown tenant and for one outside the caller's scope, alike, with no Microsoft call", async () => {
      const sent = await upstreamSince(h);
      const u = fresh();
      const unknown = await callAction(spec.id, { as: h.people.admin, tenant: randomUUID(), input: input(u.id) });
      const outside = await callAction(spec.id, { as: h.people.scopedTech, tenant: h.other, input: input(u.id) });
      for (const res of [unknown, outside]) {
        expect(res.status).toBe(404);
        expect(res.body.error.code).toBe("NOT_FOUND");
      }
      expect(Object.keys(outside.body.error).sort()).toEqual(Object.keys(unknown.body.error).sort());
      expect(await sent()).toEqual([]);
      const denied = await auditRows(h, { action: spec.id, actorId: h.people.scopedTech.id, outcome: "denied" });
      expect(denied.at(-1)).toMatchObject({ tenantId: h.other, detail: expect.objectContaining({ reason: "tenant_out_of_scope" }) });
    });

    it("runs for a scoped technician inside their scope (when technicians may)", async () => {
      const u = fresh();
      const res = await callAction(spec.id, { as: h.people.scopedTech, tenant: h.tenant, input: input(u.id) });
      expect(res.status).toBe(roleHas("technician", def.permission) ? 200 : 403);
    });
  });

  describe(`${spec.id}: object guards`, () => {
    const gaMessage: Partial<Record<Role, RegExp>> = {
      technician: /holds Global Administrator in this tenant\. Technician cannot act on accounts with that much power; ask an admin\./,
      service_desk: /holds Global Administrator in this tenant\. Service desk cannot act on admin accounts; ask a technician or an admin\./,
    };
    const breakGlass = /is a protected account \(its name marks it as a break-glass account\)\. Only admins can act on it\./;
    type Pick = (s: ReturnType<typeof simUsers>) => User;
    const cases = ROLES.filter((r) => r !== "admin" && roleHas(r, def.permission)).flatMap((role): [string, Pick, PersonKey, RegExp][] => [
      ["a Global Administrator", (s) => s.globalAdmin, PERSON[role], gaMessage[role] ?? /holds Global Administrator/],
      ["the break-glass account", (s) => s.breakGlass, PERSON[role], breakGlass],
    ]);
    for (const [what, pick, who, explanation] of cases) {
      it(`refuses ${who} on ${what} with the explanation, before any write`, async () => {
        const target = pick(simUsers(h, h.tenant));
        const before = structuredClone(target);
        const writes = await graphCount(h, spec.writeOp);
        const res = await callAction(spec.id, { as: h.people[who], tenant: h.tenant, input: input(target.userPrincipalName) });
        expect(res.status).toBe(403);
        expect(res.body.error.code).toBe("GUARD_BLOCKED");
        expect(res.body.error.message).toMatch(explanation);
        expect(await graphCount(h, spec.writeOp)).toBe(writes);
        expect(target).toEqual(before);
        const denied = await auditRows(h, { action: spec.id, actorId: h.people[who].id, outcome: "denied" });
        expect(denied.at(-1)!.detail).toMatchObject({ reason: "guard", message: res.body.error.message });
      });
    }

    if (roleHas("service_desk", def.permission)) {
      it("refuses service desk on a User Administrator (any admin role), but lets a technician act", async () => {
        const target = simUsers(h, h.tenant).userAdmin;
        spec.arrange(target);
        const desk = await callAction(spec.id, { as: h.people.desk, tenant: h.tenant, input: input(target.id) });
        expect(desk.body.error?.message).toMatch(/holds User Administrator/);
        const tech = await callAction(spec.id, { as: h.people.tech, tenant: h.tenant, input: input(target.id) });
        expect(tech.status, JSON.stringify(tech.body)).toBe(200);
      });
    }

    it("never holds back an admin: the break-glass account itself", async () => {
      const target = simUsers(h, h.tenant).breakGlass;
      spec.arrange(target);
      const before = structuredClone(target);
      const res = await callAction(spec.id, { as: h.people.admin, tenant: h.tenant, input: input(target.id) });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      spec.changed(target, before, res.body);
    });
  });

  return { h: () => h };
}
