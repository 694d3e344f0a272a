import { describe, expect, it } from "vitest";

import { canonicalJson, hashAuditRow, type HashedAuditFields } from "@/lib/audit/canonical";

const row: HashedAuditFields = {
  at: new Date("2026-11-23T10:00:00.123Z"),
  actorType: "user",
  actorId: "u1",
  actorName: "Alex Wilber",
  role: "admin",
  action: "api_key.created",
  tenantId: null,
  target: "api_key:abcd1234",
  outcome: "succeeded",
  detail: { name: "ci", role: "read_only" },
  requestIds: [],
  prevHash: null,
};

describe("canonicalJson", () => {
  it("sorts keys at every depth so key order does not matter", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: "x" } })).toBe('{"a":{"c":"x","d":[1,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it("drops undefined object members (as JSON storage does) and keeps nulls", () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson([undefined, 1])).toBe("[null,1]");
  });

  it("writes dates as ISO strings and escapes strings as JSON", () => {
    expect(canonicalJson({ at: new Date(0) })).toBe('{"at":"1970-01-01T00:00:00.000Z"}');
    expect(canonicalJson('quote " and \u00e9')).toBe(JSON.stringify('quote " and \u00e9'));
  });

  it("refuses values JSON cannot represent faithfully", () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/Non-finite/);
  });
});

describe("hashAuditRow", () => {
  it("is a stable sha256 hex digest independent of detail key order", () => {
    const hash = hashAuditRow(row);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAuditRow({ ...row, detail: { role: "read_only", name: "ci" } })).toBe(hash);
  });

  it("changes when any protected field or the previous hash changes", () => {
    const hash = hashAuditRow(row);
    const edits: Partial<HashedAuditFields>[] = [
      { at: new Date("2026-11-23T10:00:00.124Z") },
      { actorName: "Someone Else" },
      { role: "technician" },
      { outcome: "failed" },
      { detail: { name: "ci", role: "admin" } },
      { requestIds: ["req-1"] },
      { prevHash: "0".repeat(64) },
    ];
    for (const edit of edits) expect(hashAuditRow({ ...row, ...edit }), JSON.stringify(edit)).not.toBe(hash);
  });

  it("ignores fields outside the chain, such as the database id", () => {
    expect(hashAuditRow({ ...row, id: 99n } as HashedAuditFields)).toBe(hashAuditRow(row));
  });
});
