import { describe, expect, it } from "vitest";

import { vpnGroup } from "./fixtures";
import { actionMatrix } from "./matrix";
import { callAction, graphCount, simUsers } from "./harness";

// group.remove_member end to end (DELETE /groups/{id}/members/{id}/$ref).

describe("group.remove_member", () => {
  const { h } = actionMatrix({
    id: "group.remove_member",
    writeOp: "graph.groupMembers.remove",
    arrange: (u) => void vpnGroup(h()).members.add(u.id),
    extra: () => ({ group: vpnGroup(h()).id }),
    changed: (u) => expect(vpnGroup(h()).members.has(u.id)).toBe(false),
  });

  it("answers 409 for someone who is not a member, with no write", async () => {
    const u = simUsers(h(), h().tenant).ordinary(40);
    vpnGroup(h()).members.delete(u.id);
    const writes = await graphCount(h(), "graph.groupMembers.remove");
    const res = await callAction("group.remove_member", { as: h().people.tech, tenant: h().tenant, input: { group: vpnGroup(h()).id, user: u.id } });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/is not a direct member of SG-VPN Users/);
    expect(await graphCount(h(), "graph.groupMembers.remove")).toBe(writes);
  });
});
