import { describe, expect, it } from "vitest";

import { csvField, csvLine, detailSummary } from "@/lib/audit/csv";
import { decodeCursor, encodeCursor, parseAuditFilters } from "@/lib/audit/filters";
import { stripSecrets } from "@/lib/audit/present";

describe("csvField (RFC 4180)", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\r\nlines", '"two\r\nlines"'],
    ["lf\nonly", '"lf\nonly"'],
    ["=1+1", "'=1+1"],
    ["+44 20", "'+44 20"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ["a=b", "a=b"],
  ])("%j → %j", (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it("writes null as an empty field and ends lines with CRLF", () => {
    expect(csvLine(["a", null, undefined, "b"])).toBe("a,,,b\r\n");
  });
});

describe("detail in the export", () => {
  it("summarises without the ticket (it has a column) and without secret-named fields", () => {
    const detail = stripSecrets({ ticket: "INC-1", before: { alias: null }, apiToken: "x", list: [{ password: "p", ok: true }] }) as Record<string, unknown>;
    expect(detailSummary(detail)).toBe('before: {"alias":null}; list: [{"ok":true}]');
  });
});

describe("audit filters", () => {
  it("reads lists, prefixes, days and trims blanks", () => {
    const f = parseAuditFilters(new URLSearchParams("action=auth.,api_key.created&outcome=failed,&from=2025-03-01&to=2025-03-31&actor=%20&q=x"));
    expect(f).toEqual({
      actions: ["auth.", "api_key.created"],
      outcomes: ["failed"],
      from: new Date("2025-03-01T00:00:00Z"),
      until: new Date("2025-04-01T00:00:00Z"),
      q: "x",
    });
  });

  it("rejects impossible days", () => {
    expect(() => parseAuditFilters(new URLSearchParams("from=2025-02-30"))).toThrow(/invalid/);
  });

  it("round-trips a cursor and rejects forged ones", () => {
    const c = { at: new Date("2025-01-01T00:00:00.123Z"), id: 9007199254740993n };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor("bm9wZQ")).toBeNull();
  });
});
