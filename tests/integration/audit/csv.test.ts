import { describe, expect, it } from "vitest";

import { GET as exportCsv } from "@/app/api/v1/audit.csv/route";
import { AUDIT_CSV_COLUMNS, auditCsvStream } from "@/lib/audit/csv";
import { ALL_AUDIT } from "@/lib/audit/scope";
import { call as get, useAuditRouteHarness } from "./harness";
import { parseCsv, T } from "./seed";

const h = useAuditRouteHarness();

describe("GET /api/v1/audit.csv", () => {
  it("streams a header row and one RFC 4180 row per event, quoting what needs it", async () => {
    const r = await get(exportCsv, `/api/v1/audit.csv?tenant=${T.tailspin},${T.fabrikam}`, { cookie: h.cookies.alex });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(r.headers.get("content-disposition")).toMatch(/^attachment; filename="tenantry-audit-[\d-]+\.csv"$/);
    expect([...r.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(r.text);
    expect(header).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const record = (i: number) => Object.fromEntries(header!.map((h, c) => [h, rows[i]![c]]));

    expect(record(0)).toMatchObject({ actor: "Megan Bowen", target: `'=HYPERLINK("http://evil")`, outcome: "requested" });
    expect(record(1)).toMatchObject({
      actor: "Gu, Lee",
      actorUpn: "lee@contosomsp.com",
      role: "Service desk",
      tenant: "Tailspin Toys",
      tenantId: T.tailspin,
      action: "tenant.updated",
      actionLabel: "Tenant alias or tags changed",
      target: 'user:"Doe, Jane"\nline two',
      ticket: "inc-3003",
      detail: 'reason: He said "no", twice',
    });
    // The raw line: quotes doubled, the field quoted because of the comma, quote and newline.
    expect(r.text).toContain(`"user:""Doe, Jane""\nline two"`);
    expect(record(2)).toMatchObject({ actor: "Alex Wilber", ticket: "INC-2002", detail: 'code: MICROSOFT_ERROR; nested: {"keep":1}' });
  });

  it("never writes a field named like a secret", async () => {
    const r = await get(exportCsv, "/api/v1/audit.csv", { cookie: h.cookies.alex });
    for (const leak of ["hunter2", "s3cr3t", "password", "clientSecret", "refresh_token"]) expect(r.text).not.toContain(leak);
  });

  it("applies the caller's scope and the same filter validation as the list", async () => {
    const mine = parseCsv((await get(exportCsv, "/api/v1/audit.csv?action=auth.", { cookie: h.cookies.megan })).text);
    expect(mine.slice(1).map((row) => row[2])).toEqual(["Megan Bowen"]);
    const bad = await get(exportCsv, "/api/v1/audit.csv?outcome=maybe&limit=5", { cookie: h.cookies.alex });
    expect(bad.status).toBe(400);
    expect(Object.keys(JSON.parse(bad.text).error.fields).sort()).toEqual(["_", "outcome.0"]);
  });

  it("streams batch after batch until every row is written, newest first", async () => {
    const text = await new Response(auditCsvStream(h.db.prisma, ALL_AUDIT, {}, 2)).text();
    const rows = parseCsv(text).slice(1);
    expect(rows).toHaveLength(await h.db.prisma.auditEvent.count());
    expect(rows.map((row) => row[1])).toEqual(rows.map((row) => row[1]).sort().reverse());
  });
});

