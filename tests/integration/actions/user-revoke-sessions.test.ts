import { describe, expect, it } from "vitest";

import { actionMatrix } from "./matrix";
import { callAction, simUsers } from "./harness";

// user.revoke_sessions end to end (POST /users/{id}/revokeSignInSessions).
const { h } = actionMatrix({
  id: "user.revoke_sessions",
  writeOp: "graph.users.revokeSignInSessions",
  arrange: (u) => {
    u.signInSessionsValidFromDateTime = "2020-01-01T00:00:00.000Z";
  },
  changed: (u) => {
    expect(Date.parse(u.signInSessionsValidFromDateTime)).toBeGreaterThan(Date.parse("2020-01-01T00:00:00.000Z"));
  },
});

describe("user.revoke_sessions specifics", () => {
  it("previews when sessions are valid from now on, without revoking", async () => {
    const u = simUsers(h(), h().tenant).ordinary(40);
    u.signInSessionsValidFromDateTime = "2020-01-01T00:00:00.000Z";
    const res = await callAction("user.revoke_sessions", { as: h().people.desk, tenant: h().tenant, input: { user: u.id }, preview: true });
    expect(res.body.preview).toMatchObject({ target: { id: u.id }, changes: [{ field: "signInSessionsValidFromDateTime", before: "2020-01-01T00:00:00Z", after: "now" }] });
    expect(u.signInSessionsValidFromDateTime).toBe("2020-01-01T00:00:00.000Z");
  });
});
