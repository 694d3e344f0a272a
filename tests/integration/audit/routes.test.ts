import { describe, expect, it } from "vitest";

import { GET as exportCsv } from "@/app/api/v1/audit.csv/route";
import { GET as listAudit } from "@/app/api/v1/audit/route";
import { GET as verifyAudit } from "@/app/api/v1/audit/verify/route";
import { call as get, useAuditRouteHarness } from "./harness";
import { parseCsv, T, type Person } from "./seed";

const h = useAuditRouteHarness();

const json = async (path: string, who: Person) => {
  const r = await get(listAudit, path, { cookie: h.cookies[who] });
  return { status: r.status, json: JSON.parse(r.text) };
};

/** Simulates a superuser editing the table behind the app's back (triggers off for this session only). */
async function tamper(sql: string) {
  await h.db.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
    await tx.$executeRawUnsafe(sql);
  });
}

describe("GET /api/v1/audit", () => {
  it("answers { items, nextCursor } and pages with the cursor it returned", async () => {
    const first = await json("/api/v1/audit?limit=3", "alex");
    expect(first.status).toBe(200);
    expect(first.json.items).toHaveLength(3);
    const rest = await json(`/api/v1/audit?limit=50&cursor=${first.json.nextCursor}`, "alex");
    expect(rest.json.nextCursor).toBeNull();
    const ids = [...first.json.items, ...rest.json.items].map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("refuses bad filters with 400 and an error per field", async () => {
    const qs = "outcome=maybe&from=yesterday&tenant=abc&limit=1000&cursor=nope&action=DROP%20TABLE&acter=x";
    const { status, json: body } = await json(`/api/v1/audit?${qs}`, "alex");
    expect(status).toBe(400);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(body.error.fields).sort()).toEqual(["_", "action.0", "cursor", "from", "limit", "outcome.0", "tenant.0"]);
    expect(body.error.fields._.join()).toMatch(/acter/);
  });

  it("refuses a range that ends before it starts", async () => {
    const { status, json: body } = await json("/api/v1/audit?from=2025-02-07&to=2025-02-06", "alex");
    expect(status).toBe(400);
    expect(body.error.fields).toEqual({ to: ["Must not be before from."] });
  });

  it.each<[Person, number]>([["megan", 5], ["lee", 4], ["adele", 4]])("%s (not admin) sees tenant rows and their own sign-ins only", async (who, count) => {
    const { status, json: body } = await json("/api/v1/audit", who);
    expect(status).toBe(200);
    expect(body.items).toHaveLength(count);
    for (const e of body.items) expect(e.tenant !== null || e.actor.id === h.users[who].id).toBe(true);
  });

  it("narrows a technician to their tenant scope (lib/authz), in the list and the CSV", async () => {
    await h.db.prisma.appUser.update({ where: { id: h.users.lee.id }, data: { scopeKind: "list", scopeTenantIds: [T.contoso, T.tailspin] } });
    try {
      const { json: body } = await json("/api/v1/audit", "lee");
      expect(body.items.map((e: { tenant: { id: string } }) => e.tenant.id)).toEqual([T.tailspin, T.tailspin, T.contoso]);
      const csv = parseCsv((await get(exportCsv, `/api/v1/audit.csv?tenant=${T.fabrikam}`, { cookie: h.cookies.lee })).text);
      expect(csv).toHaveLength(1);
    } finally {
      await h.db.prisma.appUser.update({ where: { id: h.users.lee.id }, data: { scopeKind: "all", scopeTenantIds: [] } });
    }
  });

  it("treats an API key like a person of its role", async () => {
    const r = await get(listAudit, "/api/v1/audit?action=auth.", { key: h.readOnlyKey });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text).items).toEqual([]);
  });

  it("needs a caller", async () => {
    expect((await get(listAudit, "/api/v1/audit", {})).status).toBe(401);
  });
});

describe("GET /api/v1/audit/verify", () => {
  it("is for admins only", async () => {
    for (const who of ["megan", "lee", "adele"] as const) expect((await get(verifyAudit, "/api/v1/audit/verify", { cookie: h.cookies[who] })).status).toBe(403);
    expect((await get(verifyAudit, "/api/v1/audit/verify", { key: h.readOnlyKey })).status).toBe(403);
  });

  it("reports an intact chain, then names the row someone edited behind the app's back", async () => {
    const count = await h.db.prisma.auditEvent.count();
    const ok = await get(verifyAudit, "/api/v1/audit/verify", { cookie: h.cookies.alex });
    expect(JSON.parse(ok.text)).toEqual({ ok: true, checked: count });

    const victim = await h.db.prisma.auditEvent.findFirstOrThrow({ where: { outcome: "failed" } });
    await tamper(`UPDATE "AuditEvent" SET "actorName" = 'The service account' WHERE id = ${victim.id}`);
    const broken = JSON.parse((await get(verifyAudit, "/api/v1/audit/verify", { cookie: h.cookies.alex })).text);
    const before = await h.db.prisma.auditEvent.count({ where: { id: { lt: victim.id } } });
    expect(broken).toEqual({ ok: false, checked: before, brokenAt: { id: victim.id.toString(), reason: "hash_mismatch" } });
  });
});
