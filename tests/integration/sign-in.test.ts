import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { verifyAuditChain } from "@/lib/audit/verify";
import { completeSignIn, type SignInPolicy } from "@/lib/auth/sign-in";
import type { Simulator } from "../../simulator/server";
import { seedRoleMappingsFromSimulator } from "../../scripts/seed-dev";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { signInClaims } from "../helpers/entra-signin";
import { startTestSimulator } from "../helpers/sim";

let db: TestDatabase;
let sim: Simulator;
let policy: SignInPolicy;
const claims: Record<string, Record<string, unknown>> = {};

beforeAll(async () => {
  [db, sim] = await Promise.all([createTestDatabase(), startTestSimulator({ tenants: 2 })]);
  policy = { tenantId: sim.ctx.world.partner.id, bootstrapAdmin: "alex@contosomsp.com" };
  for (const who of ["alex", "patti", "megan", "pradeep", "isaiah", "diego"]) claims[who] = await signInClaims(sim, `${who}@contosomsp.com`);
});
afterAll(async () => {
  await sim?.close();
  await db?.drop();
});

async function reset() {
  await db.prisma.appUser.deleteMany();
  await db.prisma.roleMapping.deleteMany();
}

describe("sign-in with simulator id tokens", () => {
  beforeEach(reset);

  it("the sign-in app's id token carries the partner groups", () => {
    expect(claims.megan).toMatchObject({ tid: policy.tenantId, preferred_username: "megan@contosomsp.com", name: "Megan Bowen" });
    expect(Array.isArray(claims.megan!.groups)).toBe(true);
  });

  it("maps each persona's Tenantry group to its role once the dev seed has run", async () => {
    expect(await seedRoleMappingsFromSimulator(db.prisma, sim.url)).toBe(4);
    expect(await seedRoleMappingsFromSimulator(db.prisma, sim.url)).toBe(0); // idempotent
    const expected = { alex: "admin", patti: "admin", megan: "technician", pradeep: "service_desk", isaiah: "read_only" };
    for (const [who, role] of Object.entries(expected)) {
      const decision = await completeSignIn(db.prisma, claims[who]!, policy);
      expect(decision, who).toMatchObject({ ok: true, via: "mapping", user: { role, upn: `${who}@contosomsp.com` } });
    }
    const megan = await db.prisma.appUser.findUniqueOrThrow({ where: { oid: claims.megan!.oid as string } });
    expect(megan).toMatchObject({ displayName: "Megan Bowen", role: "technician" });
    expect(megan.lastSignInAt).not.toBeNull();
  });

  it("refuses a user with no mapped group, and audits the refusal", async () => {
    await seedRoleMappingsFromSimulator(db.prisma, sim.url);
    expect(await completeSignIn(db.prisma, claims.diego!, policy)).toEqual({ ok: false, reason: "no_role" });
    expect(await db.prisma.appUser.count({ where: { upn: "diego@contosomsp.com" } })).toBe(0);
    const last = await db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(last).toMatchObject({ action: "auth.sign_in_refused", outcome: "denied", target: "diego@contosomsp.com", actorName: "Diego Siciliani" });
  });

  it("bootstraps the configured admin on a fresh install, and nobody else", async () => {
    expect(await completeSignIn(db.prisma, claims.alex!, policy)).toMatchObject({ ok: true, via: "bootstrap", user: { role: "admin" } });
    expect(await completeSignIn(db.prisma, claims.patti!, policy)).toEqual({ ok: false, reason: "no_role" });
    // Still the only admin: the bootstrap holds at the next sign-in.
    expect(await completeSignIn(db.prisma, claims.alex!, policy)).toMatchObject({ ok: true, via: "bootstrap" });
    expect(await completeSignIn(db.prisma, claims.alex!, { ...policy, bootstrapAdmin: undefined })).toEqual({ ok: false, reason: "no_role" });
  });

  it("stops bootstrapping once another admin exists; the role is re-evaluated at each sign-in", async () => {
    await completeSignIn(db.prisma, claims.alex!, policy);
    const adminsGroup = sim.ctx.world.partnerGroups.tenantryAdmins!;
    await db.prisma.roleMapping.create({ data: { claimType: "group", claimValue: adminsGroup, role: "admin" } });
    expect(await completeSignIn(db.prisma, claims.patti!, policy)).toMatchObject({ ok: true, via: "mapping", user: { role: "admin" } });
    // Alex is in Tenantry Admins too, so now gets admin by mapping rather than bootstrap.
    expect(await completeSignIn(db.prisma, claims.alex!, policy)).toMatchObject({ ok: true, via: "mapping" });
    await db.prisma.roleMapping.updateMany({ data: { role: "read_only" } });
    expect(await completeSignIn(db.prisma, claims.patti!, policy)).toMatchObject({ ok: true, user: { role: "read_only" } });
  });

  it("refuses tokens from another tenant or without the claims it needs", async () => {
    await seedRoleMappingsFromSimulator(db.prisma, sim.url);
    expect(await completeSignIn(db.prisma, { ...claims.megan!, tid: "11111111-2222-3333-4444-555555555555" }, policy)).toEqual({ ok: false, reason: "wrong_tenant" });
    expect(await completeSignIn(db.prisma, { ...claims.megan!, oid: undefined }, policy)).toEqual({ ok: false, reason: "missing_claims" });
  });

  it("writes a verifiable audit row for every sign-in", async () => {
    await seedRoleMappingsFromSimulator(db.prisma, sim.url);
    await completeSignIn(db.prisma, claims.megan!, policy);
    const row = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in" }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ actorType: "user", actorName: "Megan Bowen", role: "technician", outcome: "succeeded", target: "megan@contosomsp.com" });
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });

  it("refuses the sign-in when its audit row cannot be written", async () => {
    await seedRoleMappingsFromSimulator(db.prisma, sim.url);
    // Tests run as a superuser, so simulate an unwritable audit table with a failing trigger.
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION audit_down() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit storage unavailable'; END $$`);
    await db.prisma.$executeRawUnsafe(`CREATE TRIGGER audit_down BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_down()`);
    try {
      await expect(completeSignIn(db.prisma, claims.isaiah!, policy)).rejects.toThrow(/audit storage unavailable/);
      expect(await db.prisma.appUser.count({ where: { upn: "isaiah@contosomsp.com" } })).toBe(0);
    } finally {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER audit_down ON "AuditEvent"`);
      await db.prisma.$executeRawUnsafe(`DROP FUNCTION audit_down()`);
    }
  });
});
