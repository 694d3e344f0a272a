import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { parseAuditPage } from "@/lib/audit/filters";
import { listAuditEvents } from "@/lib/audit/queries";
import { ALL_AUDIT, type AuditScope } from "@/lib/audit/scope";
import { verifyAuditChain } from "@/lib/audit/verify";
import { ALL_TENANTS, type TenantScope } from "@/lib/tenants/scope";
import { createTestDatabase, type TestDatabase } from "../../helpers/db";
import { recordAt, seedAuditWorld, T, type Person, type SeededUser } from "./seed";

let db: TestDatabase;
let users: Record<Person, SeededUser>;

beforeAll(async () => {
  db = await createTestDatabase();
  users = await seedAuditWorld(db.prisma);
});
afterAll(() => db?.drop());

/** Lists with the filters as a query string, the way the route gets them. */
async function list(qs: string, scope: AuditScope = ALL_AUDIT) {
  return listAuditEvents(db.prisma, scope, parseAuditPage(new URLSearchParams(qs)));
}
const summary = async (qs: string, scope?: AuditScope) => (await list(qs, scope)).items.map((e) => `${e.action}@${e.at.slice(0, 10)}`);
const scoped = (tenants: TenantScope, who: Person = "megan"): AuditScope => ({ kind: "scoped", tenants, actorId: users[who].id });

describe("listAuditEvents: the row shape", () => {
  it("returns newest first, with names people read, tenant names and request ids", async () => {
    const { items, nextCursor } = await list("");
    expect(items).toHaveLength(8);
    expect(nextCursor).toBeNull();
    expect(items.map((e) => e.at)).toEqual([...items.map((e) => e.at)].sort().reverse());
    const change = items.find((e) => e.ticket === "INC-1001")!;
    expect(change).toMatchObject({
      action: "tenant.updated",
      outcome: "succeeded",
      actor: { type: "user", name: "Megan Bowen", displayName: "Megan Bowen", upn: "megan@contosomsp.com", role: "technician" },
      tenant: { id: T.contoso, name: "Contoso Ltd" },
      requestIds: ["req-a", "req-b"],
    });
    expect(change.hash).toMatch(/^[0-9a-f]{64}$/);
    // A refused sign-in carries the Entra object id, not our user id; the UPN is still found.
    expect(items.find((e) => e.action === "auth.sign_in_refused")!.actor.upn).toBe("megan@contosomsp.com");
  });

  it("never returns fields named like secrets, at any depth, though the row still holds them", async () => {
    const failed = (await list("outcome=failed")).items[0]!;
    expect(failed.detail).toEqual({ ticket: "INC-2002", code: "MICROSOFT_ERROR", nested: { keep: 1 } });
    const raw = await db.prisma.auditEvent.findFirstOrThrow({ where: { outcome: "failed" } });
    expect(raw.detail).toHaveProperty("password");
  });
});

describe("listAuditEvents: filters", () => {
  const cases: [string, string[]][] = [
    ["actor=MEGAN@contoso", ["tenant.updated@2025-02-08", "tenant.updated@2025-02-05", "auth.sign_in_refused@2025-01-11", "auth.sign_in@2025-01-10"]],
    ["actor=gu, lee", ["tenant.updated@2025-02-07"]],
    ["actor=nobody-at-all", []],
    [`tenant=${T.fabrikam.toUpperCase()}`, ["tenant.updated@2025-02-06"]],
    [`tenant=${T.contoso},${T.fabrikam}`, ["tenant.updated@2025-02-06", "tenant.updated@2025-02-05"]],
    ["action=auth.sign_in", ["auth.sign_in@2025-01-10", "auth.sign_in@2025-01-10"]],
    ["action=auth.", ["auth.sign_in_refused@2025-01-11", "auth.sign_in@2025-01-10", "auth.sign_in@2025-01-10"]],
    ["action=api_key.,auth.sign_in_refused", ["api_key.created@2025-03-01", "auth.sign_in_refused@2025-01-11"]],
    ["outcome=failed,denied", ["tenant.updated@2025-02-07", "tenant.updated@2025-02-06", "auth.sign_in_refused@2025-01-11"]],
    ["from=2025-02-06&to=2025-02-07", ["tenant.updated@2025-02-07", "tenant.updated@2025-02-06"]],
    // A day as `to` includes its last millisecond; a date-time is inclusive to the millisecond.
    ["to=2025-02-05&from=2025-02-05", ["tenant.updated@2025-02-05"]],
    ["from=2025-02-05T23:59:59.999Z&to=2025-02-06T10:00:00.000%2B00:00", ["tenant.updated@2025-02-06", "tenant.updated@2025-02-05"]],
    ["ticket=inc-1001", ["tenant.updated@2025-02-05"]],
    ["ticket=3003", ["tenant.updated@2025-02-07"]],
    ["q=ATTACKER@", ["tenant.updated@2025-02-06"]],
    ["q=forwarding&outcome=succeeded", []],
    ["actor=alex&action=tenant.&ticket=INC", ["tenant.updated@2025-02-06"]],
  ];
  it.each(cases)("%s", async (qs, expected) => {
    expect(await summary(qs)).toEqual(expected);
  });
});

describe("listAuditEvents: scope", () => {
  it("admins (all) see partner-level rows of everyone", async () => {
    expect((await list("")).items.some((e) => e.action === "api_key.created")).toBe(true);
  });

  it("a scoped caller sees tenant rows in scope plus their own partner-level rows, nobody else's", async () => {
    const seen = (await list("", scoped(ALL_TENANTS))).items;
    expect(seen.map((e) => e.action).sort()).toEqual(["auth.sign_in", "tenant.updated", "tenant.updated", "tenant.updated", "tenant.updated"]);
    expect(seen.find((e) => e.action === "auth.sign_in")!.actor.name).toBe("Megan Bowen");
  });

  it.each<[string, TenantScope, string[]]>([
    ["a list", { kind: "list", tenantIds: [T.contoso.toUpperCase()] }, [T.contoso]],
    ["all except", { kind: "allExcept", tenantIds: [T.contoso] }, [T.tailspin, T.tailspin, T.fabrikam]],
    ["tags", { kind: "tags", tags: ["gold"] }, [T.tailspin, T.tailspin]],
  ])("narrows tenant rows by %s", async (_name, tenants, expected) => {
    const seen = (await list("", scoped(tenants))).items;
    expect(seen.filter((e) => e.tenant).map((e) => e.tenant!.id)).toEqual(expected);
  });

  it("a tenant filter outside the scope finds nothing rather than an error", async () => {
    expect((await list(`tenant=${T.fabrikam}`, scoped({ kind: "list", tenantIds: [T.contoso] }))).items).toEqual([]);
  });

  it("a scope with no tenants still shows the caller's own sign-ins only", async () => {
    const seen = (await list("", scoped({ kind: "list", tenantIds: [] }, "alex"))).items;
    expect(seen.map((e) => e.action)).toEqual(["api_key.created", "auth.sign_in"]);
  });
});

describe("listAuditEvents: keyset paging", () => {
  it("walks every row exactly once, even when many share one millisecond", async () => {
    const actor = { type: "system" as const, name: "system" };
    for (let i = 0; i < 23; i++) {
      await recordAt(db.prisma, "2025-04-01T12:00:00.000Z", { action: "role_mapping.created", actor, outcome: "succeeded", target: `mapping-${i}` });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const qs: string = `action=role_mapping.created&limit=5${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await list(qs);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(23);
    expect(seen.map(BigInt)).toEqual([...seen.map(BigInt)].sort((a, b) => (a < b ? 1 : -1)));
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ ok: true });
  });

  it("pages across days too, keeping the filters on every page", async () => {
    const first = await list("limit=2&action=tenant.");
    expect(first.items.map((e) => e.at.slice(0, 10))).toEqual(["2025-02-08", "2025-02-07"]);
    const second = await list(`limit=2&action=tenant.&cursor=${first.nextCursor}`);
    expect(second.items.map((e) => e.at.slice(0, 10))).toEqual(["2025-02-06", "2025-02-05"]);
    expect(second.nextCursor).toBeNull();
  });
});
