import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/v1/tenants/route";
import { GET as csvRoute } from "@/app/api/v1/tenants.csv/route";
import { SYSTEM_ACTOR } from "@/lib/audit/events";
import { createApiKey } from "@/lib/auth/api-keys";
import { exportTenants, listTenants } from "@/lib/tenants/queries";
import { parseListParams } from "@/lib/tenants/list/params";
import { syncTenants } from "@/lib/tenants/sync/run";
import type { TenantListResponse } from "@/lib/tenants/types";
import { apiRequest, routeCtx, useTestAppEnv } from "../../helpers/auth";
import { startTenantsHarness, type TenantsHarness } from "./harness";

// GET /api/v1/tenants and /api/v1/tenants.csv over the route handlers, on a synced default world.
let h: TenantsHarness;
let key: string;
beforeAll(async () => {
  h = await startTenantsHarness();
  useTestAppEnv(h.db.url);
  await syncTenants(h.deps);
  key = (await createApiKey(h.db.prisma, { name: "ro", role: "read_only" }, SYSTEM_ACTOR)).key;
}, 60_000);
afterAll(() => h?.close());

async function list(qs = ""): Promise<{ status: number; body: TenantListResponse & { error?: { code: string; fields: Record<string, string[]> } } }> {
  const res = await listRoute(apiRequest(`/api/v1/tenants?${qs}`, { key }), routeCtx());
  return { status: res.status, body: await res.json() };
}

describe("GET /api/v1/tenants", () => {
  it("answers any signed-in role with a page, the total and every facet", async () => {
    const { status, body } = await list();
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 25, page: 1, pageSize: 50 });
    expect(body.items).toHaveLength(25);
    const names = body.items.map((r) => r.displayName.toLowerCase());
    expect(names).toEqual([...names].sort());
    expect(Object.keys(body.facets.gdap).sort()).toEqual(["active", "dap", "expired", "expiring", "mlt_only", "none", "pending"]);
    expect(body.facets.gdap).toMatchObject({ expiring: 1, expired: 1, pending: 1, mlt_only: 1, dap: 1, none: 0 });
    expect(body.facets.consent).toMatchObject({ missing: 1, partial: 1, granted: 23 });
    expect(body.facets.access).toMatchObject({ unknown: 25 });
    expect((await listRoute(apiRequest("/api/v1/tenants"), routeCtx())).status).toBe(401);
  });

  it("searches name, domains and alias, contains and case-insensitive", async () => {
    const t = h.tenant("expiring");
    const part = t.displayName.slice(2, 7).toUpperCase();
    expect((await list(`q=${encodeURIComponent(part)}`)).body.items.map((r) => r.id)).toContain(t.tenantId);
    expect((await list(`q=${t.initialDomain.split(".")[0]}.onmicro`)).body.items.map((r) => r.id)).toEqual([t.tenantId]);
    expect((await list("q=zzzz-no-such")).body).toMatchObject({ total: 0, items: [] });
  });

  it("filters by facet (comma lists too); each facet counts with the other filters only", async () => {
    const one = await list("gdap=expiring");
    expect(one.body.items.map((r) => r.id)).toEqual([h.tenant("expiring").tenantId]);
    expect(one.body.facets.gdap.active).toBeGreaterThan(10); // its own filter is not applied to its counts
    expect(one.body.facets.consent).toMatchObject({ granted: 1, missing: 0 });
    expect((await list("gdap=expired,pending")).body.total).toBe(2);
    expect((await list("consent=missing,partial&gdap=active")).body.total).toBe(2);
  });

  it("sorts by end date (tenants without one last, both ways) and pages", async () => {
    const asc = (await list("sort=gdapEndsAt&pageSize=200")).body.items;
    expect(asc[0]!.id).toBe(h.tenant("expired").tenantId);
    const ends = asc.map((r) => r.gdap.endsAt).filter(Boolean) as string[];
    expect(ends).toEqual([...ends].sort());
    expect(asc.at(-1)!.gdap.endsAt).toBeNull();
    const desc = (await list("sort=gdapEndsAt&dir=desc")).body.items;
    expect(desc.at(-1)!.gdap.endsAt).toBeNull();
    expect(desc[0]!.gdap.endsAt! >= ends.at(-1)!).toBe(true);
    const page3 = (await list("pageSize=10&page=3")).body;
    expect(page3).toMatchObject({ total: 25, page: 3, pageSize: 10 });
    expect(page3.items).toHaveLength(5);
  });

  it("rejects bad parameters with 400 and the fields", async () => {
    const bad = await list("gdap=active,bogus&pageSize=500&sort=name");
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(Object.keys(bad.body.error!.fields).sort()).toEqual(["gdap.1", "pageSize", "sort"]);
  });

  it("leaves removed tenants out unless includeRemoved=true", async () => {
    const gone = h.tenant("healthy").tenantId;
    await h.db.prisma.tenant.update({ where: { id: gone }, data: { removedAt: new Date() } });
    expect((await list()).body.total).toBe(24);
    const all = (await list("includeRemoved=true&pageSize=200")).body;
    expect(all.items.find((r) => r.id === gone)!.removedAt).not.toBeNull();
    await h.db.prisma.tenant.update({ where: { id: gone }, data: { removedAt: null } });
  });

  it("never shows a tenant outside the caller's scope, in the list or the export", async () => {
    const a = h.tenant("expiring").tenantId;
    const f = parseListParams(new URLSearchParams("pageSize=200"));
    expect((await listTenants(h.db.prisma, { kind: "list", tenantIds: [a] }, f)).items.map((r) => r.id)).toEqual([a]);
    const except = await listTenants(h.db.prisma, { kind: "allExcept", tenantIds: [a] }, f);
    expect(except.total).toBe(24);
    expect(except.facets.gdap.expiring).toBe(0);
    expect((await exportTenants(h.db.prisma, { kind: "tags", tags: ["nobody"] }, f))).toEqual([]);
  });
});

describe("GET /api/v1/tenants.csv", () => {
  it("streams a header row and every matching row (no paging), with the same filters", async () => {
    const res = await csvRoute(apiRequest("/api/v1/tenants.csv?pageSize=5", { key }), routeCtx());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="tenants-\d{4}-\d\d-\d\d\.csv"/);
    const lines = (await res.text()).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^id,displayName,alias,defaultDomain,initialDomain,tags,gdapStatus,gdapEndsAt/);
    expect(lines).toHaveLength(26);
    const one = await (await csvRoute(apiRequest("/api/v1/tenants.csv?gdap=expiring", { key }), routeCtx())).text();
    expect(one.trimEnd().split("\r\n")).toHaveLength(2);
    expect(one).toContain(h.tenant("expiring").tenantId);
  });

  it("quotes commas and defuses spreadsheet formulas", async () => {
    const id = h.tenant("dap-only").tenantId;
    await h.db.prisma.tenant.update({ where: { id }, data: { alias: "=HYPERLINK(\"x\"),y" } });
    const text = await (await csvRoute(apiRequest("/api/v1/tenants.csv?gdap=dap", { key }), routeCtx())).text();
    expect(text).toContain(`"'=HYPERLINK(""x""),y"`);
  });
});
