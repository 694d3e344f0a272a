import { describe, expect, it } from "vitest";

import { vpnGroup } from "./fixtures";
import { actionMatrix } from "./matrix";
import { callAction, graphCount, simUsers, upstreamSince } from "./harness";

// group.add_member end to end (POST /groups/{id}/members/$ref).


describe("group.add_member", () => {
  const { h } = actionMatrix({
    id: "group.add_member",
    writeOp: "graph.groupMembers.add",
    arrange: (u) => void vpnGroup(h()).members.delete(u.id),
    extra: () => ({ group: vpnGroup(h()).id }),
    changed: (u, _before, body) => {
      expect(vpnGroup(h()).members.has(u.id)).toBe(true);
      expect(body.after).toMatchObject({ member: true });
    },
  });

  it("previews the group, and answers 409 for someone already a member, with no write", async () => {
    const u = simUsers(h(), h().tenant).ordinary(40);
    const g = vpnGroup(h());
    g.members.delete(u.id);
    const preview = await callAction("group.add_member", { as: h().people.tech, tenant: h().tenant, input: { group: g.id, user: u.id }, preview: true });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.preview.changes).toEqual([{ field: "memberOf", label: "SG-VPN Users", before: false, after: true }]);
    expect(g.members.has(u.id)).toBe(false);

    g.members.add(u.id);
    const writes = await graphCount(h(), "graph.groupMembers.add");
    const res = await callAction("group.add_member", { as: h().people.tech, tenant: h().tenant, input: { group: g.id, user: u.id } });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/is already a member of SG-VPN Users/);
    expect(await graphCount(h(), "graph.groupMembers.add")).toBe(writes);
  });

  it("refuses a group that is not a GUID with 400 and no Microsoft call", async () => {
    const sent = await upstreamSince(h());
    const u = simUsers(h(), h().tenant).ordinary(41);
    for (const group of ["' or 1 eq 1", "../users", 7]) {
      const res = await callAction("group.add_member", { as: h().people.admin, tenant: h().tenant, input: { group, user: u.id } });
      expect(res.status).toBe(400);
      expect(res.body.error.fields.group).toBeDefined();
    }
    expect(await sent()).toEqual([]);
  });
});
