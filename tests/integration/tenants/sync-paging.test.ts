import { afterAll, beforeAll, expect, it } from "vitest";
import { syncTenants } from "@/lib/tenants/sync/run";
import { startTenantsHarness, type TenantsHarness } from "./harness";

// 320 customers: more than one page of GDAP customers and relationships (300) and of Partner Center
// customers (200), so every listing has to follow its nextLink / continuation token.
let h: TenantsHarness;
beforeAll(async () => {
  h = await startTenantsHarness({ tenants: 320 });
}, 60_000);
afterAll(() => h?.close());

it("follows every page: all 320 customers and their relationships are stored", async () => {
  const since = h.sim.ctx.log.lastSeq;
  const r = await syncTenants({ ...h.deps, concurrency: 16 });
  expect(r).toMatchObject({ status: "succeeded", tenants: 320, removed: 0 });
  expect(await h.db.prisma.tenant.count()).toBe(320);
  expect(await h.db.prisma.gdapRelationship.count()).toBe(h.sim.ctx.world.gdapRelationships.length);
  const ops = h.sim.ctx.log.query({ sinceSeq: since }).map((e) => e.op);
  expect(ops.filter((op) => op === "graph.gdap.relationships.list").length).toBe(2);
  expect(ops.filter((op) => op === "partner-center.customers.list").length).toBe(2);
}, 60_000);
