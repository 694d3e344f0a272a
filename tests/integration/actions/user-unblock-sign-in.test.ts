import { describe, expect, it } from "vitest";

import { actionMatrix } from "./matrix";
import { callAction, simUsers } from "./harness";

// user.unblock_sign_in end to end (accountEnabled = true). One harness per file: the route
// handlers share the process-wide Prisma client and token broker.
describe("user.unblock_sign_in", () => {
  const { h } = actionMatrix({
    id: "user.unblock_sign_in",
    writeOp: "graph.users.update",
    arrange: (u) => {
      u.accountEnabled = false;
    },
    changed: (u, _before, body) => {
      expect(u.accountEnabled).toBe(true);
      expect(body).toMatchObject({ before: { accountEnabled: false }, after: { accountEnabled: true } });
    },
  });

  it("previews blocked → enabled", async () => {
    const u = simUsers(h(), h().tenant).ordinary(40);
    u.accountEnabled = false;
    const res = await callAction("user.unblock_sign_in", { as: h().people.admin, tenant: h().tenant, input: { user: u.userPrincipalName }, preview: true });
    expect(res.body.preview.changes).toEqual([{ field: "accountEnabled", label: "Sign-in allowed", before: false, after: true }]);
    expect(u.accountEnabled).toBe(false);
  });
});
