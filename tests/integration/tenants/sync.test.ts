import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantsDiagnostics } from "@/lib/jobs/tenants-diagnostics";
import { tenantsSync } from "@/lib/jobs/tenants-sync";
import { getRun } from "@/lib/tenants/runs";
import { syncTenants } from "@/lib/tenants/sync/run";
import { startTenantsHarness, type TenantsHarness } from "./harness";

let h: TenantsHarness;
beforeAll(async () => {
  h = await startTenantsHarness();
});
afterAll(() => h?.close());

const counts = async () => {
  const p = h.db.prisma;
  const [tenants, relationships, assignments, licenses, consents] = await Promise.all([p.tenant.count(), p.gdapRelationship.count(), p.accessAssignment.count(), p.tenantLicense.count(), p.tenantConsent.count()]);
  return { tenants, relationships, assignments, licenses, consents };
};

describe("tenant sync against the default world", () => {
  it("stores all 25 customers from GDAP, contracts and Partner Center, with domains, org, licences, relationships and consent", async () => {
    const r = await syncTenants(h.deps, { requestedBy: "test" });
    expect(r).toMatchObject({ status: "succeeded", tenants: 25, removed: 0 });
    const run = await getRun(h.db.prisma, r.runId, "tenants.sync");
    expect(run).toMatchObject({ status: "succeeded", total: 25, done: 25 });
    expect(run.finishedAt).not.toBeNull();

    const healthy = h.tenant("healthy");
    const t = await h.db.prisma.tenant.findUniqueOrThrow({ where: { id: healthy.tenantId }, include: { relationships: { include: { accessAssignments: true } }, licenses: true, consent: true } });
    expect(t).toMatchObject({ displayName: healthy.displayName, defaultDomain: healthy.defaultDomain, initialDomain: healthy.initialDomain, inGdap: true, inPartnerCenter: true, hasDapContract: false, gdapStatus: "active", consentState: "granted", lastSyncErrorCode: null, removedAt: null });
    expect(t.organization).toMatchObject({ displayName: healthy.displayName });
    expect(t.licenses.length).toBeGreaterThan(0);
    expect(t.licensesEnabled).toBe(t.licenses.reduce((n, l) => n + l.enabled, 0));
    expect(t.relationships).toHaveLength(1);
    expect(t.relationships[0]!.accessAssignments.map((a) => a.groupName)).toContain("GDAP - Exchange Administrators");
    expect(t.consent).toMatchObject({ samAppConsented: true, errorCode: null });

    const dap = await h.db.prisma.tenant.findUniqueOrThrow({ where: { id: h.tenant("dap-only").tenantId } });
    expect(dap).toMatchObject({ inGdap: false, hasDapContract: true, gdapStatus: "dap", initialDomain: h.tenant("dap-only").initialDomain });
    const mlt = await h.db.prisma.gdapRelationship.findFirstOrThrow({ where: { tenantId: h.tenant("mlt-only").tenantId } });
    expect(mlt).toMatchObject({ isMicrosoftLed: true });
    const ga = await h.db.prisma.gdapRelationship.findFirstOrThrow({ where: { tenantId: h.tenant("ga-auto-extend-blocked").tenantId } });
    expect(ga).toMatchObject({ autoExtendBlockedByGlobalAdmin: true, autoExtendDuration: "PT0S" });
  });

  it("records tenants it cannot read inside with our error code, and keeps what the partner side knows", async () => {
    const t = await h.db.prisma.tenant.findUniqueOrThrow({ where: { id: h.tenant("ca-blocked").tenantId } });
    expect(t).toMatchObject({ lastSyncErrorCode: "CONDITIONAL_ACCESS_BLOCKED", displayName: h.tenant("ca-blocked").displayName, defaultDomain: h.tenant("ca-blocked").defaultDomain, gdapStatus: "active" });
    expect(t.lastSyncErrorMsg).toMatch(/AADSTS53003/);
  });

  it("is idempotent: a second sync changes no counts", async () => {
    const before = await counts();
    expect((await syncTenants(h.deps)).status).toBe("succeeded");
    expect(await counts()).toEqual(before);
  });

  it("a tenant whose Graph fails mid-sync does not fail the sync; its error is recorded", async () => {
    const victim = h.tenant("expiring");
    // 500, not the default 503: Graph's RetryHandler retries a 503 three times (~15 s) before the same outcome.
    const rule = h.sim.ctx.faults.add({ host: "graph", tenant: victim.tenantId, errorRate: 1, errorStatus: 500 });
    try {
      const r = await syncTenants(h.deps);
      expect(r.status).toBe("succeeded");
      const run = await getRun(h.db.prisma, r.runId, "tenants.sync");
      expect(run.errors).toContainEqual(expect.objectContaining({ tenantId: victim.tenantId, code: "MICROSOFT_UNAVAILABLE" }));
      const t = await h.db.prisma.tenant.findUniqueOrThrow({ where: { id: victim.tenantId } });
      // The last good domains and licences stay; the partner-side facts are fresh.
      expect(t).toMatchObject({ lastSyncErrorCode: "MICROSOFT_UNAVAILABLE", initialDomain: victim.initialDomain, gdapStatus: "expiring", removedAt: null });
      expect(t.licensesEnabled).not.toBeNull();
    } finally {
      h.sim.ctx.faults.remove(rule.id);
    }
  });

  it("a tenant gone from GDAP, contracts and Partner Center gets removedAt (kept, not dropped), and comes back when it reappears", async () => {
    const world = h.sim.ctx.world;
    const gone = world.customers[15]!;
    const rels = world.gdapRelationships.filter((r) => r.customer.tenantId === gone.id);
    world.customers.splice(world.customers.indexOf(gone), 1);
    world.gdapRelationships = world.gdapRelationships.filter((r) => r.customer.tenantId !== gone.id);
    const r = await syncTenants(h.deps);
    expect(r).toMatchObject({ status: "succeeded", tenants: 24, removed: 1 });
    const t = await h.db.prisma.tenant.findUniqueOrThrow({ where: { id: gone.id } });
    expect(t.removedAt).not.toBeNull();
    expect(await h.db.prisma.gdapRelationship.count({ where: { tenantId: gone.id } })).toBe(0);

    world.customers.splice(15, 0, gone);
    world.gdapRelationships.push(...rels);
    expect((await syncTenants(h.deps)).removed).toBe(0);
    expect((await h.db.prisma.tenant.findUniqueOrThrow({ where: { id: gone.id } })).removedAt).toBeNull();
  });

  it("fails the run (not the process) when the partner side cannot be read, and removes nothing", async () => {
    const rule = h.sim.ctx.faults.add({ host: "graph", tenant: h.world.partnerTenantId, op: "graph.gdap", errorRate: 1, errorStatus: 500 });
    try {
      const r = await syncTenants(h.deps);
      expect(r.status).toBe("failed");
      expect((await getRun(h.db.prisma, r.runId, "tenants.sync")).errors[0]).toMatchObject({ code: "MICROSOFT_UNAVAILABLE" });
      expect(await h.db.prisma.tenant.count({ where: { removedAt: { not: null } } })).toBe(0);
    } finally {
      h.sim.ctx.faults.remove(rule.id);
    }
  });

  it("runs as the tenants.sync job with the run id the API created", async () => {
    const run = await h.db.prisma.syncRun.create({ data: { kind: "tenants.sync" } });
    const out = await tenantsSync.run({ runId: run.id }, { ...h.deps, broker: h.broker, log: () => undefined });
    expect(out).toMatchObject({ runId: run.id, status: "succeeded", tenants: 25 });
  });

  it("runs as the scheduled tenants.diagnostics job: creates its own run and checks every tenant", async () => {
    const out = await tenantsDiagnostics.run({}, { ...h.deps, broker: h.broker, log: () => undefined });
    expect(out).toMatchObject({ total: 25, failed: 7 });
    const run = await getRun(h.db.prisma, String(out.runId), "tenants.diagnostics");
    expect(run).toMatchObject({ status: "succeeded", total: 25, done: 25, failed: 7 });
    expect(await h.db.prisma.tenant.count({ where: { accessStatus: "unknown" } })).toBe(0);
  });
});
