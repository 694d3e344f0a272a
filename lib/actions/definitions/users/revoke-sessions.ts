import { actionInput, userRef } from "../../fields";
import { defineAction } from "../../types";

export const revokeSessions = defineAction({
  id: "user.revoke_sessions",
  title: "Revoke sessions",
  description: "Signs the user out of every app and device: Microsoft invalidates their refresh tokens and session cookies.",
  area: "identity",
  target: { kind: "user", field: "user" },
  input: actionInput({ user: userRef }),
  permission: "users.revoke_sessions",
  risk: "low",
  confirmation: { message: "The user has to sign in again everywhere. Access tokens already issued stay valid for up to an hour." },
  approval: false,
  guards: ["partner_tenant", "protected_account", "privileged_target"],
  audit: { target: (input) => input.user, redact: [] },
  invalidates: [["tenants", "{tenantId}", "users", "{target}"]],
  hasPreview: true,
  ui: { label: "Revoke sessions", success: "Sessions revoked: the user must sign in again." },
});
