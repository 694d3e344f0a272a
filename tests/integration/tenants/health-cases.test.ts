import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBulkDiagnostics } from "@/lib/tenants/diagnostics/bulk";
import { runTenantDiagnostics } from "@/lib/tenants/diagnostics/run";
import { parseListParams } from "@/lib/tenants/list/params";
import { listTenants } from "@/lib/tenants/queries";
import { createRun, getRun } from "@/lib/tenants/runs";
import { ALL_TENANTS } from "@/lib/tenants/scope";
import { syncTenants } from "@/lib/tenants/sync/run";
import type { DiagnosticStep, TenantDiagnostics, TenantRow } from "@/lib/tenants/types";
import { control } from "../../helpers/control";
import { startTenantsHarness, type TenantsHarness } from "./harness";

// Issue 4 "done when": every seeded health case of the default world shows up right in the list
// row and in the diagnostics (failing step, our error code, fix-it), after a sync and a bulk run.
let h: TenantsHarness;
let rows: Map<string, TenantRow>;
let diags: Map<string, TenantDiagnostics>;
let runId: string;

beforeAll(async () => {
  h = await startTenantsHarness();
  expect((await syncTenants(h.deps)).status).toBe("succeeded");
  runId = await createRun(h.db.prisma, "tenants.diagnostics");
  await runBulkDiagnostics(h.deps, runId, ALL_TENANTS);
  const list = await listTenants(h.db.prisma, ALL_TENANTS, parseListParams(new URLSearchParams("pageSize=200")));
  rows = new Map(list.items.map((r) => [r.id, r]));
  const stored = await h.db.prisma.tenantDiagnostic.findMany({ where: { runId } });
  diags = new Map(stored.map((d) => [d.tenantId, { ...d, checkedAt: d.checkedAt.toISOString(), steps: d.steps as unknown as DiagnosticStep[] } as TenantDiagnostics]));
}, 60_000);
afterAll(() => h?.close());

const row = (health: string) => rows.get(h.tenant(health).tenantId)!;
const step = (health: string, id: string) => diags.get(h.tenant(health).tenantId)!.steps.find((s) => s.id === id)!;

interface Case {
  health: string;
  gdap: Partial<TenantRow["gdap"]>;
  consent: TenantRow["consent"];
  access: TenantRow["access"]["status"];
  failingStep: string | null;
  code?: string;
  fixIt?: RegExp;
  fixAction?: string;
  also?: [string, string, string][]; // [step, status, code]
}

const CASES: Case[] = [
  { health: "healthy", gdap: { status: "active", autoExtend: true }, consent: "granted", access: "healthy", failingStep: null },
  { health: "expiring", gdap: { status: "expiring", daysLeft: 18, autoExtend: false }, consent: "granted", access: "warning", failingStep: "gdap.active", fixIt: /auto-extend/, fixAction: "gdap.request" },
  { health: "expired", gdap: { status: "expired" }, consent: "granted", access: "failing", failingStep: "gdap.active", code: "GDAP_ACCESS_MISSING", fixIt: /new GDAP relationship|Create a GDAP relationship/, fixAction: "gdap.request", also: [["token.graph", "skip", ""]] },
  { health: "ga-auto-extend-blocked", gdap: { status: "active", autoExtendBlockedByGlobalAdmin: true, autoExtend: false }, consent: "granted", access: "warning", failingStep: "gdap.active", fixIt: /Global Administrator/, fixAction: "gdap.request" },
  { health: "mlt-only", gdap: { status: "mlt_only" }, consent: "granted", access: "failing", failingStep: "gdap.active", code: "GDAP_ACCESS_MISSING", fixIt: /approve/, fixAction: "gdap.request" },
  { health: "no-exchange-role", gdap: { status: "active" }, consent: "granted", access: "failing", failingStep: "gdap.roles", code: "GDAP_ACCESS_MISSING", fixIt: /Exchange Administrator/, fixAction: "gdap.request", also: [["token.exchange", "pass", ""]] },
  { health: "no-consent", gdap: { status: "active" }, consent: "missing", access: "failing", failingStep: "consent.present", code: "CONSENT_MISSING", fixIt: /Grant consent for the Tenantry app/, also: [["token.graph", "fail", "APP_NOT_AUTHORIZED_IN_TENANT"], ["exchange.reachable", "skip", ""]] },
  { health: "exchange-consent-missing", gdap: { status: "active" }, consent: "partial", access: "failing", failingStep: "consent.present", code: "CONSENT_MISSING", fixIt: /Exchange/, also: [["token.graph", "pass", ""], ["token.exchange", "fail", "CONSENT_MISSING"]] },
  { health: "ca-blocked", gdap: { status: "active" }, consent: "granted", access: "failing", failingStep: "token.graph", code: "CONDITIONAL_ACCESS_BLOCKED", fixIt: /Conditional Access/ },
  { health: "dap-only", gdap: { status: "dap", relationshipCount: 0 }, consent: "granted", access: "warning", failingStep: "gdap.active", fixIt: /DAP/, fixAction: "gdap.request", also: [["gdap.roles", "skip", ""], ["exchange.reachable", "pass", ""]] },
  { health: "gdap-pending", gdap: { status: "pending" }, consent: "granted", access: "failing", failingStep: "gdap.active", code: "GDAP_ACCESS_MISSING", fixIt: /granularAdminRelationships\//, fixAction: "gdap.request" },
];

describe("each seeded health case in the list and the diagnostics", () => {
  it.each(CASES)("$health", (c) => {
    const r = row(c.health);
    expect(r.gdap).toMatchObject(c.gdap);
    expect(r.consent).toBe(c.consent);
    expect(r.access).toMatchObject({ status: c.access, failingStep: c.failingStep });
    expect(r.access.checkedAt).not.toBeNull();
    const d = diags.get(r.id)!;
    expect(d.status).toBe(c.access);
    expect(d.steps.map((s) => s.id)).toEqual(["gdap.active", "gdap.roles", "gdap.assignments", "consent.present", "token.graph", "token.exchange", "token.partnerCenter", "exchange.reachable"]);
    if (!c.failingStep) return expect(d.steps.every((s) => s.status === "pass")).toBe(true);
    const s = step(c.health, c.failingStep);
    expect(s.status).toBe(c.access === "failing" ? "fail" : "warn");
    if (c.code) expect(s.code).toBe(c.code);
    expect(s.fixIt).toMatch(c.fixIt!);
    // GDAP is fixed in Partner Center; consent has no page to link to (only the fix-it text).
    if (c.fixAction) expect(s.fixAction).toMatchObject({ action: c.fixAction, href: `https://partner.microsoft.com/dashboard/v2/customers/${r.id}/adminrelationships` });
    else expect(s.fixAction).toBeUndefined();
    for (const [id, status, code] of c.also ?? []) expect(step(c.health, id)).toMatchObject({ status, ...(code ? { code } : {}) });
  });

  it("a failed step's later dependants are skipped with the reason", () => {
    expect(step("expired", "token.exchange").detail).toMatch(/without a usable GDAP relationship/);
    expect(step("no-consent", "exchange.reachable").detail).toMatch(/no Exchange token/);
  });

  it("the bulk run's progress counts every tenant and the failing ones", async () => {
    const run = await getRun(h.db.prisma, runId, "tenants.diagnostics");
    expect(run).toMatchObject({ status: "succeeded", total: 25, done: 25, failed: CASES.filter((c) => c.access === "failing").length });
    expect(run.errors.map((e) => e.tenantId)).toContain(h.tenant("ca-blocked").tenantId);
  });

  it.each([
    [700082, "REFRESH_TOKEN_EXPIRED", "sam.reconnect"],
    [50173, "REFRESH_TOKEN_REVOKED", "sam.reconnect"],
    [700016, "APP_NOT_FOUND_IN_TENANT", undefined],
    [50020, "GDAP_ACCESS_MISSING", "gdap.request"],
  ])("a token refused with AADSTS%i keeps our code %s and the error table's fix-it", async (aadsts, code, action) => {
    const t = h.tenant("healthy");
    h.broker.invalidate(t.tenantId);
    const rule = h.sim.ctx.faults.add({ op: "identity.token", tenant: t.tenantId, aadsts });
    try {
      const d = await runTenantDiagnostics(h.deps, ALL_TENANTS, t.tenantId);
      const graph = d.steps.find((s) => s.id === "token.graph");
      expect(graph).toMatchObject({ status: "fail", code, fixIt: expect.any(String) });
      expect(graph?.fixAction?.action).toBe(action);
      expect(d.status).toBe("failing");
    } finally {
      h.sim.ctx.faults.remove(rule.id);
      h.broker.invalidate(t.tenantId);
    }
  });

  it("an on-demand run re-reads GDAP: once the customer approves, the next gap (no access assignments) shows", async () => {
    const t = h.tenant("gdap-pending");
    const pending = (await control(h.sim).get<{ relationships: { id: string; customer: { tenantId: string } }[] }>("/gdap/pending")).body.relationships;
    const rel = pending.find((p) => p.customer.tenantId === t.tenantId)!;
    await control(h.sim).post(`/gdap/${rel.id}/accept`);
    const d = await runTenantDiagnostics(h.deps, ALL_TENANTS, t.tenantId, { liveGdap: true });
    expect(d.steps.find((s) => s.id === "gdap.active")!.status).toBe("pass");
    expect(d.steps.find((s) => s.id === "gdap.assignments")).toMatchObject({ status: "fail", code: "GDAP_ACCESS_MISSING", fixIt: expect.stringMatching(/access assignments/) });
    const after = await listTenants(h.db.prisma, ALL_TENANTS, parseListParams(new URLSearchParams(`q=${t.initialDomain.split(".")[0]}`)));
    expect(after.items.find((x) => x.id === t.tenantId)).toMatchObject({ gdap: { status: "active" }, access: { status: "failing", failingStep: "gdap.assignments" } });
  });
});
