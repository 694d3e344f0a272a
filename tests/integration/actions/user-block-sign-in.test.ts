import { describe, expect, it } from "vitest";

import { actionMatrix } from "./matrix";
import { callAction, simUsers } from "./harness";

// user.block_sign_in end to end (accountEnabled = false).
describe("user.block_sign_in", () => {
  const { h } = actionMatrix({
    id: "user.block_sign_in",
    writeOp: "graph.users.update",
    arrange: (u) => {
      u.accountEnabled = true;
    },
    changed: (u, before, body) => {
      expect(u.accountEnabled).toBe(false);
      expect(u.signInSessionsValidFromDateTime).not.toBe(before.signInSessionsValidFromDateTime);
      expect(body).toMatchObject({ before: { accountEnabled: true }, after: { accountEnabled: false } });
    },
  });

  it("previews enabled → blocked, and says when nothing would change", async () => {
    const u = simUsers(h(), h().tenant).ordinary(40);
    u.accountEnabled = true;
    const res = await callAction("user.block_sign_in", { as: h().people.tech, tenant: h().tenant, input: { user: u.id }, preview: true });
    expect(res.body.preview.changes).toEqual([{ field: "accountEnabled", label: "Sign-in allowed", before: true, after: false }]);
    expect(u.accountEnabled).toBe(true);
    u.accountEnabled = false;
    const again = await callAction("user.block_sign_in", { as: h().people.tech, tenant: h().tenant, input: { user: u.id }, preview: true });
    expect(again.body.preview.notes.join(" ")).toMatch(/already blocked/);
  });
});
