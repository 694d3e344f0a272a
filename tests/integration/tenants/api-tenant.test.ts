import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as runProgress } from "@/app/api/v1/diagnostics-runs/[runId]/route";
import { GET as syncProgress } from "@/app/api/v1/sync-runs/[runId]/route";
import { GET as detailRoute, PATCH as patchRoute } from "@/app/api/v1/tenants/[tenantId]/route";
import { GET as lastDiagnostics, POST as runDiagnostics } from "@/app/api/v1/tenants/[tenantId]/diagnostics/route";
import { GET as lastBulk, POST as bulkRoute } from "@/app/api/v1/tenants/diagnostics/route";
import { GET as lastSync, POST as syncRoute } from "@/app/api/v1/tenants/sync/route";
import { GET as listRoute } from "@/app/api/v1/tenants/route";
import { GET as csvRoute } from "@/app/api/v1/tenants.csv/route";
import { stopJobSender } from "@/lib/jobs/send";
import { getTenantDetail } from "@/lib/tenants/queries";
import { syncTenants } from "@/lib/tenants/sync/run";
import { apiRequest, routeCtx, sessionCookie, useTestAppEnv } from "../../helpers/auth";
import { startTenantsHarness, type TenantsHarness } from "./harness";

let h: TenantsHarness;
let admin: string;
let tech: string;
let reader: string;
let desk: string;
beforeAll(async () => {
  h = await startTenantsHarness();
  useTestAppEnv(h.db.url);
  await syncTenants(h.deps);
  // Scope lives on the AppUser row (lib/authz/scope.ts): a session without one sees no tenant.
  for (const [id, upn, role] of [["u-patti", "patti@contosomsp.com", "admin"], ["u-megan", "megan@contosomsp.com", "technician"], ["u-isaiah", "isaiah@contosomsp.com", "read_only"], ["u-pradeep", "pradeep@contosomsp.com", "service_desk"]] as const) {
    await h.db.prisma.appUser.create({ data: { id, oid: `oid-${id}`, tenantId: "partner", upn, displayName: upn, role } });
  }
  admin = await sessionCookie({ userId: "u-patti", name: "Patti Fernandez", upn: "patti@contosomsp.com", role: "admin" });
  tech = await sessionCookie({ userId: "u-megan", name: "Megan Bowen", upn: "megan@contosomsp.com", role: "technician" });
  reader = await sessionCookie({ userId: "u-isaiah", name: "Isaiah Langer", upn: "isaiah@contosomsp.com", role: "read_only" });
  desk = await sessionCookie({ userId: "u-pradeep", name: "Pradeep Gupta", upn: "pradeep@contosomsp.com", role: "service_desk" });
}, 60_000);
afterAll(async () => {
  await stopJobSender();
  await h?.close();
});

const call = async (route: (r: Request, c: ReturnType<typeof routeCtx>) => Promise<Response>, path: string, cookie: string, o: { method?: string; body?: unknown; params?: Record<string, string> } = {}) => {
  const res = await route(apiRequest(path, { cookie, method: o.method, body: o.body }), routeCtx(o.params ?? {}));
  return { status: res.status, body: await res.json() };
};
const UNKNOWN = "00000000-0000-4000-8000-000000000000";

describe("GET /api/v1/tenants/{id}", () => {
  it("returns the overview: domains, org, licences, relationships with role and group names, portals", async () => {
    const t = h.tenant("ga-auto-extend-blocked");
    const { status, body } = await call(detailRoute, `/api/v1/tenants/${t.tenantId}`, reader, { params: { tenantId: t.tenantId } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: t.tenantId, initialDomain: t.initialDomain, configurationVisible: true, inGdap: true, inPartnerCenter: true, hasDapContract: false, diagnostics: null, lastSyncError: null });
    expect(body.domains).toContainEqual(expect.objectContaining({ id: t.initialDomain, isInitial: true }));
    expect(body.organization).toMatchObject({ displayName: t.displayName });
    expect(body.licenseSkus.length).toBeGreaterThan(0);
    const rel = body.relationships[0];
    expect(rel).toMatchObject({ status: "active", autoExtendDuration: "PT0S", autoExtendBlockedByGlobalAdmin: true, isMicrosoftLed: false });
    expect(rel.roles).toContainEqual({ id: "62e90394-69f5-4237-9190-012177145e10", name: "Global Administrator" });
    expect(rel.accessAssignments).toContainEqual(expect.objectContaining({ groupName: "GDAP - Global Administrators", status: "active" }));
    expect(body.consentDetail.grants.map((g: { resource: string }) => g.resource)).toEqual(["Microsoft Graph", "Exchange Online"]);
    expect(body.portals.map((p: { href: string }) => p.href)).toEqual([
      `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${t.tenantId}&CSDEST=o365admincenter`,
      `https://entra.microsoft.com/${t.initialDomain}`,
      `https://admin.exchange.microsoft.com/?landingpage=homepage&form=mac_sidebar&delegatedOrg=${t.initialDomain}`,
      `https://intune.microsoft.com/${t.initialDomain}`,
    ]);
  });

  it("is a 404 for an unknown id, and the same 404 for a tenant outside the scope", async () => {
    const unknown = await call(detailRoute, `/api/v1/tenants/${UNKNOWN}`, reader, { params: { tenantId: UNKNOWN } });
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
    const a = h.tenant("healthy").tenantId;
    const b = h.tenant("expired").tenantId;
    const hidden = await getTenantDetail(h.db.prisma, { kind: "list", tenantIds: [a] }, b).catch((e) => e);
    expect(hidden.toJSON().error).toEqual({ ...unknown.body.error, message: unknown.body.error.message.replace(UNKNOWN, b) });
    for (const [route, method] of [[patchRoute, "PATCH"], [lastDiagnostics, "GET"], [runDiagnostics, "POST"]] as const) {
      const r = await call(route, `/api/v1/tenants/${UNKNOWN}`, admin, { method, body: method === "PATCH" ? { alias: "x" } : undefined, params: { tenantId: UNKNOWN } });
      expect(r.status).toBe(404);
    }
  });
});

describe("tenant configuration is not for the service desk", () => {
  const CONFIGURATION = ["relationships", "consentDetail", "diagnostics", "licenseSkus", "portals", "inGdap", "inPartnerCenter", "hasDapContract"];

  it("GET /api/v1/tenants/{id} answers the service desk with the identity only", async () => {
    const t = h.tenant("ga-auto-extend-blocked");
    const { status, body } = await call(detailRoute, `/api/v1/tenants/${t.tenantId}`, desk, { params: { tenantId: t.tenantId } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: t.tenantId, displayName: t.displayName, configurationVisible: false, organization: { displayName: t.displayName } });
    expect(body.domains).toContainEqual(expect.objectContaining({ id: t.initialDomain, isInitial: true }));
    for (const key of CONFIGURATION) expect(body).not.toHaveProperty(key);
    const full = await call(detailRoute, `/api/v1/tenants/${t.tenantId}`, tech, { params: { tenantId: t.tenantId } });
    for (const key of CONFIGURATION) expect(full.body).toHaveProperty(key);
  });

  it("the diagnostics reads refuse the service desk with 403, and still answer the read-only role", async () => {
    const t = h.tenant("expired").tenantId;
    const run = await call(bulkRoute, "/api/v1/tenants/diagnostics", tech, { method: "POST", body: {} });
    expect(run.status).toBe(202);
    const reads = [
      [lastDiagnostics, `/api/v1/tenants/${t}/diagnostics`, { tenantId: t }],
      [lastBulk, "/api/v1/tenants/diagnostics", {}],
      [runProgress, `/api/v1/diagnostics-runs/${run.body.runId}`, { runId: run.body.runId }],
    ] as const;
    for (const [route, path, params] of reads) {
      expect(await call(route, path, desk, { params })).toMatchObject({ status: 403, body: { error: { code: "FORBIDDEN" } } });
      expect((await call(route, path, reader, { params })).status).toBe(200);
    }
  });

  it("the service desk still finds tenants in the list", async () => {
    const { status, body } = await call(listRoute, "/api/v1/tenants?pageSize=5", desk);
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(0);
  });
});

describe("PATCH /api/v1/tenants/{id}", () => {
  const t = () => h.tenant("healthy").tenantId;

  it("is for admins only", async () => {
    expect((await call(patchRoute, `/api/v1/tenants/${t()}`, tech, { method: "PATCH", body: { alias: "x" }, params: { tenantId: t() } })).status).toBe(403);
  });

  it("rejects invalid input with 400 and the fields, and changes nothing", async () => {
    const before = await h.db.prisma.tenant.findUniqueOrThrow({ where: { id: t() } });
    const audits = await h.db.prisma.auditEvent.count();
    for (const body of [{ alias: "x".repeat(101) }, { tags: ["ok", "<script>"] }, { tags: "vip" }, { alias: "a", colour: "red" }, {}]) {
      const r = await call(patchRoute, `/api/v1/tenants/${t()}`, admin, { method: "PATCH", body, params: { tenantId: t() } });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe("VALIDATION_FAILED");
      expect(Object.keys(r.body.error.fields).length).toBeGreaterThan(0);
    }
    const after = await h.db.prisma.tenant.findUniqueOrThrow({ where: { id: t() } });
    expect({ alias: after.alias, tags: after.tags, updatedAt: after.updatedAt }).toEqual({ alias: before.alias, tags: before.tags, updatedAt: before.updatedAt });
    expect(await h.db.prisma.auditEvent.count()).toBe(audits);
  });

  it("sets alias and tags, answers the new detail, audits who changed what", async () => {
    const r = await call(patchRoute, `/api/v1/tenants/${t()}`, admin, { method: "PATCH", body: { alias: "  Fab HQ ", tags: ["vip", "managed", "vip"] }, params: { tenantId: t() } });
    expect(r).toMatchObject({ status: 200, body: { id: t(), alias: "Fab HQ", tags: ["vip", "managed"] } });
    const audit = await h.db.prisma.auditEvent.findFirstOrThrow({ where: { action: "tenant.updated" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ tenantId: t(), actorName: "Patti Fernandez", role: "admin", outcome: "succeeded", target: `tenant:${t()}` });
    expect(audit.detail).toMatchObject({ before: { alias: null, tags: [] }, after: { alias: "Fab HQ", tags: ["vip", "managed"] } });
    const cleared = await call(patchRoute, `/api/v1/tenants/${t()}`, admin, { method: "PATCH", body: { alias: "" }, params: { tenantId: t() } });
    expect(cleared.body).toMatchObject({ alias: null, tags: ["vip", "managed"] });
  });
});

describe("runs: sync and bulk diagnostics over the API", () => {
  it("queues one sync at a time for admins and technicians; progress is readable by anyone", async () => {
    expect((await call(syncRoute, "/api/v1/tenants/sync", reader, { method: "POST" })).status).toBe(403);
    const first = await call(syncRoute, "/api/v1/tenants/sync", tech, { method: "POST" });
    expect(first).toMatchObject({ status: 202, body: { alreadyRunning: false } });
    const again = await call(syncRoute, "/api/v1/tenants/sync", admin, { method: "POST" });
    expect(again.body).toEqual({ runId: first.body.runId, alreadyRunning: true });
    const progress = await call(syncProgress, `/api/v1/sync-runs/${first.body.runId}`, reader, { params: { runId: first.body.runId } });
    expect(progress.body).toMatchObject({ id: first.body.runId, kind: "tenants.sync", status: "queued" });
    expect((await call(lastSync, "/api/v1/tenants/sync", reader)).body.run.id).toBe(first.body.runId);
    const jobs = await h.db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name = 'tenants.sync'`;
    expect(Number(jobs[0]!.n)).toBe(1);
  });

  it("queues bulk diagnostics with the tenant count as total; unknown run ids are 404", async () => {
    const started = await call(bulkRoute, "/api/v1/tenants/diagnostics", tech, { method: "POST" });
    expect(started.status).toBe(202);
    const p = await call(runProgress, `/api/v1/diagnostics-runs/${started.body.runId}`, reader, { params: { runId: started.body.runId } });
    expect(p.body).toMatchObject({ kind: "tenants.diagnostics", total: 25, done: 0, failed: 0 });
    expect((await call(runProgress, `/api/v1/diagnostics-runs/${UNKNOWN}`, reader, { params: { runId: UNKNOWN } })).status).toBe(404);
    // A sync run id is not a diagnostics run.
    const sync = (await call(lastSync, "/api/v1/tenants/sync", reader)).body.run.id;
    expect((await call(runProgress, `/api/v1/diagnostics-runs/${sync}`, reader, { params: { runId: sync } })).status).toBe(404);
  });
});

describe("per-technician tenant scope", () => {
  it("hides out-of-scope tenants: 404 on detail, absent from the list and the CSV export", async () => {
    const inScope = h.tenant("healthy");
    const outOfScope = h.tenant("expiring");
    await h.db.prisma.appUser.create({ data: { id: "u-lee", oid: "oid-u-lee", tenantId: "partner", upn: "lee@contosomsp.com", displayName: "Lee Gu", role: "technician", scopeKind: "list", scopeTenantIds: [inScope.tenantId] } });
    const lee = await sessionCookie({ userId: "u-lee", name: "Lee Gu", upn: "lee@contosomsp.com", role: "technician" });
    const hidden = await call(detailRoute, `/api/v1/tenants/${outOfScope.tenantId}`, lee, { params: { tenantId: outOfScope.tenantId } });
    const missing = await call(detailRoute, `/api/v1/tenants/${UNKNOWN}`, lee, { params: { tenantId: UNKNOWN } });
    expect(hidden.status).toBe(404);
    // Same answer as for a tenant that does not exist (the message only echoes the id asked for).
    expect(JSON.stringify(hidden.body).replaceAll(outOfScope.tenantId, UNKNOWN)).toBe(JSON.stringify(missing.body));
    const list = await call(listRoute, "/api/v1/tenants?pageSize=200", lee);
    expect(list.body.items.map((t: { id: string }) => t.id)).toEqual([inScope.tenantId]);
    const csv = await (await csvRoute(apiRequest("/api/v1/tenants.csv", { cookie: lee }), routeCtx({}))).text();
    expect(csv).toContain(inScope.tenantId);
    expect(csv).not.toContain(outOfScope.tenantId);
  });
});
