import { describe, expect, it } from "vitest";

import { actionMatrix } from "./matrix";
import { callAction, graphCount, simUsers, upstreamSince } from "./harness";

// user.update end to end (PATCH /users/{id} with only the fields that change).
const { h } = actionMatrix({
  id: "user.update",
  writeOp: "graph.users.update",
  arrange: (u) => {
    u.jobTitle = "Before Title";
    u.department = "Before Dept";
  },
  extra: () => ({ jobTitle: "Field Engineer", department: null }),
  changed: (u, before, body) => {
    expect(u.jobTitle).toBe("Field Engineer");
    expect(u.department).toBeNull();
    expect(u.displayName).toBe(before.displayName);
    expect(body).toMatchObject({ before: { jobTitle: "Before Title", department: "Before Dept" }, after: { jobTitle: "Field Engineer", department: null } });
  },
});

describe("user.update specifics", () => {
  it("previews before → after for the given fields only, without writing", async () => {
    const u = simUsers(h(), h().tenant).ordinary(40);
    u.usageLocation = "US";
    const before = structuredClone(u);
    const writes = await graphCount(h(), "graph.users.update");
    const res = await callAction("user.update", { as: h().people.tech, tenant: h().tenant, input: { user: u.id, usageLocation: "GB", displayName: u.displayName }, preview: true });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.preview.changes).toEqual([
      { field: "displayName", label: "Display name", before: u.displayName, after: u.displayName },
      { field: "usageLocation", label: "Usage location", before: "US", after: "GB" },
    ]);
    expect(await graphCount(h(), "graph.users.update")).toBe(writes);
    expect(u).toEqual(before);
  });

  it("refuses unknown fields, oversized and mistyped values, and an empty change with 400 and no Microsoft call", async () => {
    const u = simUsers(h(), h().tenant).ordinary(41);
    const sent = await upstreamSince(h());
    for (const [input, field] of [
      [{ user: u.id, accountEnabled: false }, "accountEnabled"],
      [{ user: u.id, jobTitle: "x".repeat(200) }, "jobTitle"],
      [{ user: u.id, usageLocation: "gb" }, "usageLocation"],
      [{ user: u.id, department: 42 }, "department"],
      [{ user: u.id }, "displayName"],
    ] as const) {
      const res = await callAction("user.update", { as: h().people.admin, tenant: h().tenant, input });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
      expect(Object.keys(res.body.error.fields)).toContain(field);
    }
    expect(await sent()).toEqual([]);
  });
});
