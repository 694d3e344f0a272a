import { describe, expect, it } from "vitest";

import { roomySku } from "./fixtures";
import { actionMatrix } from "./matrix";
import { callAction, graphCount, simUsers, upstreamSince } from "./harness";

// user.assign_license end to end (POST /users/{id}/assignLicense).

describe("user.assign_license", () => {
  const { h } = actionMatrix({
    id: "user.assign_license",
    writeOp: "graph.users.assignLicense",
    arrange: (u) => {
      const sku = roomySku(h()).skuId;
      u.assignedLicenses = u.assignedLicenses.filter((l) => l.skuId !== sku);
      u.usageLocation ??= "US";
    },
    extra: () => ({ skuId: roomySku(h()).skuId.toUpperCase() }),
    changed: (u, _before, body) => {
      expect(u.assignedLicenses.map((l) => l.skuId)).toContain(roomySku(h()).skuId);
      expect(body.after).toMatchObject({ assigned: true });
    },
  });

  it("previews the seats available, and refuses with a clear 409 when none are free, before any write", async () => {
    const u = simUsers(h(), h().tenant).ordinary(40);
    u.usageLocation = "US";
    const sku = roomySku(h());
    u.assignedLicenses = u.assignedLicenses.filter((l) => l.skuId !== sku.skuId);
    const preview = await callAction("user.assign_license", { as: h().people.tech, tenant: h().tenant, input: { user: u.id, skuId: sku.skuId }, preview: true });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.preview.notes.join(" ")).toMatch(/FLOW_FREE: \d+ of 10000 seats free now/);

    const seats = sku.prepaidUnits.enabled;
    const writes = await graphCount(h(), "graph.users.assignLicense");
    try {
      sku.prepaidUnits.enabled = 0;
      for (const p of [true, false]) {
        const res = await callAction("user.assign_license", { as: h().people.tech, tenant: h().tenant, input: { user: u.id, skuId: sku.skuId }, preview: p });
        expect(res.status).toBe(409);
        expect(res.body.error.message).toMatch(/No FLOW_FREE seats are free/);
      }
    } finally {
      sku.prepaidUnits.enabled = seats;
    }
    expect(await graphCount(h(), "graph.users.assignLicense")).toBe(writes);
    expect(u.assignedLicenses.some((l) => l.skuId === sku.skuId)).toBe(false);
  });

  it("refuses a licence the tenant does not have, and a user without a usage location, in our words", async () => {
    const u = simUsers(h(), h().tenant).ordinary(41);
    const unknown = await callAction("user.assign_license", { as: h().people.admin, tenant: h().tenant, input: { user: u.id, skuId: "00000000-0000-0000-0000-000000000001" } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields.skuId).toBeDefined();
    u.usageLocation = null;
    u.assignedLicenses = u.assignedLicenses.filter((l) => l.skuId !== roomySku(h()).skuId);
    const noLocation = await callAction("user.assign_license", { as: h().people.admin, tenant: h().tenant, input: { user: u.id, skuId: roomySku(h()).skuId } });
    expect(noLocation.status).toBe(409);
    expect(noLocation.body.error.message).toMatch(/no usage location/);
  });

  it("refuses a skuId that is not a GUID with 400 and no Microsoft call", async () => {
    const sent = await upstreamSince(h());
    const res = await callAction("user.assign_license", { as: h().people.admin, tenant: h().tenant, input: { user: simUsers(h(), h().tenant).ordinary(42).id, skuId: "' or 1 eq 1" } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.skuId).toBeDefined();
    expect(await sent()).toEqual([]);
  });
});
