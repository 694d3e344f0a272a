import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as listDomains } from "@/app/api/v1/tenants/[tenantId]/domains/route";
import { GET as listGroups } from "@/app/api/v1/tenants/[tenantId]/groups/route";
import { GET as listLicences } from "@/app/api/v1/tenants/[tenantId]/licenses/route";
import { ROLES } from "@/lib/auth/roles";
import { consumedUnits } from "../../../simulator/graph/serialize/plans";
import { findTenant } from "../../../simulator/world/access";
import { apiRequest, routeCtx } from "../../helpers/auth";
import { BAD_SEARCHES, startActionsHarness, upstreamSince, type ActionsHarness, type Person, type PersonKey } from "./harness";

// GET /api/v1/tenants/{tenantId}/licenses, /groups and /domains: the pickers' reads, through the
// same tenant and scope check as the executor, with no audit row.

let h: ActionsHarness;
beforeAll(async () => void (h = await startActionsHarness()));
afterAll(() => h?.close());

const ROUTES = { licenses: listLicences, groups: listGroups, domains: listDomains } as const;
type Read = keyof typeof ROUTES;
const PERSON = { admin: "admin", technician: "tech", service_desk: "desk", read_only: "reader" } as const satisfies Record<string, PersonKey>;

async function read(what: Read, as: Person, tenant: string, query = "") {
  const res = await ROUTES[what](apiRequest(`/api/v1/tenants/${tenant}/${what}${query}`, { cookie: as.cookie }), routeCtx({ tenantId: tenant }));
  return { status: res.status, body: await res.json() };
}
const sim = () => findTenant(h.sim.ctx.world, h.tenant)!;

describe("GET /api/v1/tenants/{tenantId}/licenses", () => {
  for (const role of ROLES) {
    it(`${role}: every subscription with the seats bought and in use, as Microsoft counts them`, async () => {
      const res = await read("licenses", h.people[PERSON[role]], h.tenant);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const t = sim();
      const want = t.directory.subscribedSkus.map((s) => ({ skuId: s.skuId.toLowerCase(), skuPartNumber: s.skuPartNumber, enabled: s.prepaidUnits.enabled, consumed: consumedUnits(t, s.skuId) }));
      expect(res.body.skus.map(({ skuId, skuPartNumber, enabled, consumed }: Record<string, unknown>) => ({ skuId, skuPartNumber, enabled, consumed }))).toEqual(
        want.sort((a, b) => a.skuPartNumber.localeCompare(b.skuPartNumber)),
      );
    });
  }
});

describe("GET /api/v1/tenants/{tenantId}/groups", () => {
  it("lists groups by name, and finds one by a word of its name through $search", async () => {
    const all = await read("groups", h.people.desk, h.tenant, "?top=100");
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    const names = all.body.groups.map((g: { displayName: string }) => g.displayName);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" })));
    const target = [...sim().directory.groups.values()].find((g) => g.groupTypes.includes("Unified"))!;
    const found = await read("groups", h.people.reader, h.tenant, `?search=${encodeURIComponent(target.displayName.split(" ")[0]!)}`);
    expect(found.status).toBe(200);
    const hit = found.body.groups.find((g: { id: string }) => g.id === target.id.toLowerCase());
    expect(hit).toMatchObject({ displayName: target.displayName, kind: "Microsoft 365", dynamic: false });
    expect(found.body.groups.length).toBeLessThan(sim().directory.groups.size);
  });

  it("refuses OData injection, oversized and unknown parameters with 400 and no Microsoft call", async () => {
    const sent = await upstreamSince(h);
    for (const [query, field] of [
      ...BAD_SEARCHES,
      ["?top=0", "top"],
      ["?$filter=x", "$filter"],
    ] as const) {
      const res = await read("groups", h.people.admin, h.tenant, query);
      expect(res.status, query).toBe(400);
      expect(Object.keys(res.body.error.fields)).toContain(field);
    }
    expect(await sent()).toEqual([]);
  });
});

describe("GET /api/v1/tenants/{tenantId}/domains", () => {
  it("returns the tenant's domains with which are verified and which is the default", async () => {
    const res = await read("domains", h.people.tech, h.tenant);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const want = sim().domains.map((d) => ({ id: d.id.toLowerCase(), isDefault: d.isDefault, isInitial: d.isInitial, isVerified: d.isVerified }));
    expect(res.body.domains).toEqual(want);
  });
});

describe("every picker read", () => {
  for (const what of Object.keys(ROUTES) as Read[]) {
    it(`${what}: 404 for an unknown tenant and one outside the caller's scope; 400 for an unknown parameter; no Microsoft call`, async () => {
      const sent = await upstreamSince(h);
      for (const res of [await read(what, h.people.admin, randomUUID()), await read(what, h.people.scopedTech, h.other), await read(what, h.people.admin, "not-a-tenant")]) {
        expect(res.status).toBe(404);
        expect(res.body.error.code).toBe("NOT_FOUND");
      }
      const bad = await read(what, h.people.admin, h.tenant, "?odata=%24select%3Did");
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields).toHaveProperty("odata");
      expect(await sent()).toEqual([]);
      expect((await read(what, h.people.scopedTech, h.tenant)).status).toBe(200);
      expect(await h.db.prisma.auditEvent.count({ where: { tenantId: h.tenant } })).toBe(0);
    });
  }
});
