import { describe, expect, it } from "vitest";

import { roomySku } from "./fixtures";
import { actionMatrix } from "./matrix";
import { callAction, graphCount, simUsers } from "./harness";

// user.remove_license end to end (POST /users/{id}/assignLicense with removeLicenses).

describe("user.remove_license", () => {
  const { h } = actionMatrix({
    id: "user.remove_license",
    writeOp: "graph.users.assignLicense",
    arrange: (u) => {
      const sku = roomySku(h()).skuId;
      if (!u.assignedLicenses.some((l) => l.skuId === sku)) u.assignedLicenses.push({ skuId: sku, disabledPlans: [] });
    },
    extra: () => ({ skuId: roomySku(h()).skuId }),
    changed: (u) => {
      expect(u.assignedLicenses.map((l) => l.skuId)).not.toContain(roomySku(h()).skuId);
    },
  });

  it("says the user does not have it (409), rather than Microsoft's error", async () => {
    const u = simUsers(h(), h().tenant).ordinary(40);
    u.assignedLicenses = u.assignedLicenses.filter((l) => l.skuId !== roomySku(h()).skuId);
    const writes = await graphCount(h(), "graph.users.assignLicense");
    const res = await callAction("user.remove_license", { as: h().people.tech, tenant: h().tenant, input: { user: u.id, skuId: roomySku(h()).skuId } });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/does not have FLOW_FREE/);
    expect(await graphCount(h(), "graph.users.assignLicense")).toBe(writes);
  });
});
