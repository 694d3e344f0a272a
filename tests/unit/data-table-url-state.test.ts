import { describe, expect, it } from "vitest";

import { hasActiveFilters, parseTableQuery, toApiParams, toExportParams, toUrlParams } from "@/components/data-table/url-state";
import { TENANT_TABLE } from "@/components/tenants/options";
import { parseListParams } from "@/lib/tenants/list/params";

const parse = (qs: string) => parseTableQuery(new URLSearchParams(qs), TENANT_TABLE);

describe("table state in the URL", () => {
  it("reads a shared view and writes it back unchanged", () => {
    const qs = "q=coho&gdap=expiring,expired&tag=Gold&sort=gdapEndsAt&dir=desc&page=3&pageSize=100&hide=licences,tags";
    const query = parse(qs);
    expect(query).toEqual({
      q: "coho",
      filters: { gdap: ["expiring", "expired"], tag: ["Gold"] },
      sort: "gdapEndsAt",
      dir: "desc",
      page: 3,
      pageSize: 100,
      hidden: ["licences", "tags"],
    });
    expect(toUrlParams(query, TENANT_TABLE).toString()).toBe(new URLSearchParams(qs).toString());
  });

  it("leaves defaults out of the address bar, so the plain list is a plain URL", () => {
    expect(toUrlParams(parse(""), TENANT_TABLE).toString()).toBe("");
    expect(toUrlParams(parse("sort=displayName&dir=asc&page=1&pageSize=25"), TENANT_TABLE).toString()).toBe("");
  });

  it("ignores values the API would refuse instead of sending them", () => {
    const query = parse("sort=password&dir=sideways&page=-2&pageSize=7");
    expect(query).toMatchObject({ sort: "displayName", dir: "asc", page: 1, pageSize: TENANT_TABLE.defaultPageSize });
  });

  it("asks the API with explicit paging and the export without paging or view state", () => {
    const query = parse("q=a&consent=missing&hide=tags&page=2");
    expect(toApiParams(query, TENANT_TABLE)).toBe("q=a&consent=missing&page=2&pageSize=25");
    expect(toExportParams(query, TENANT_TABLE)).toBe("q=a&consent=missing");
  });

  it("produces parameters the tenants API accepts", () => {
    const api = toApiParams(parse("q=Coho&gdap=expiring,expired&access=failing&sort=accessStatus&dir=desc"), TENANT_TABLE);
    expect(parseListParams(new URLSearchParams(api))).toMatchObject({
      q: "coho",
      gdap: ["expiring", "expired"],
      access: ["failing"],
      sort: "accessStatus",
      dir: "desc",
      page: 1,
      pageSize: 25,
    });
  });

  it("knows when a view is filtered (for Reset and the two empty states)", () => {
    expect(hasActiveFilters(parse("sort=syncedAt&dir=desc&hide=tags"))).toBe(false);
    expect(hasActiveFilters(parse("tag=Gold"))).toBe(true);
    expect(hasActiveFilters(parse("q=x"))).toBe(true);
  });
});
