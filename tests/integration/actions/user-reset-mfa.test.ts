import { describe, expect, it } from "vitest";

import type { AuthMethod } from "../../../simulator/world/types";
import { actionMatrix } from "./matrix";
import { callAction, graphCount, simUsers } from "./harness";

// user.reset_mfa end to end (DELETE /users/{id}/authentication/{type}Methods/{id} for every non-password method).

const PASSWORD = "#microsoft.graph.passwordAuthenticationMethod";
const methods = (): AuthMethod[] => [
  { id: "28c10230-6103-485e-b985-444c60001490", "@odata.type": PASSWORD, props: {} },
  { id: "6f1f7b53-5d3e-4bb7-9b0e-1a7c1b2a3c4d", "@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod", props: { displayName: "iPhone 15" } },
  { id: "3179e48a-750b-4051-897c-87b9720928f7", "@odata.type": "#microsoft.graph.phoneAuthenticationMethod", props: { phoneNumber: "+1 5555551234", phoneType: "mobile" } },
];

const { h } = actionMatrix({
  id: "user.reset_mfa",
  writeOp: "graph.authMethods.delete",
  arrange: (u) => {
    u.authenticationMethods = methods();
  },
  changed: (u, _before, body) => {
    expect(u.authenticationMethods.map((m) => m["@odata.type"])).toEqual([PASSWORD]);
    expect(body.result.removed).toHaveLength(2);
  },
});

describe("user.reset_mfa specifics", () => {
  it("previews the methods that will be removed (never the password), without deleting", async () => {
    const u = simUsers(h(), h().tenant).ordinary(40);
    u.authenticationMethods = methods();
    const writes = await graphCount(h(), "graph.authMethods.delete");
    const res = await callAction("user.reset_mfa", { as: h().people.desk, tenant: h().tenant, input: { user: u.id }, preview: true });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.preview.changes.map((c: { label: string }) => c.label)).toEqual(["Microsoft Authenticator (iPhone 15)", "Phone (+1 5555551234)"]);
    expect(res.body.preview.notes.join(" ")).toMatch(/register MFA again/);
    expect(u.authenticationMethods).toHaveLength(3);
    expect(await graphCount(h(), "graph.authMethods.delete")).toBe(writes);
  });

  it("does nothing, and says so, for a user with only a password", async () => {
    const u = simUsers(h(), h().tenant).ordinary(41);
    u.authenticationMethods = methods().slice(0, 1);
    const writes = await graphCount(h(), "graph.authMethods.delete");
    const res = await callAction("user.reset_mfa", { as: h().people.tech, tenant: h().tenant, input: { user: u.id } });
    expect(res.status).toBe(200);
    expect(res.body.summary).toMatch(/No MFA methods to remove/);
    expect(await graphCount(h(), "graph.authMethods.delete")).toBe(writes);
  });
});
