import { actionInput, userRef } from "../../fields";
import { defineAction } from "../../types";

export const unblockSignIn = defineAction({
  id: "user.unblock_sign_in",
  title: "Unblock sign-in",
  description: "Enables the account again (accountEnabled = true) so the user can sign in.",
  area: "identity",
  target: { kind: "user", field: "user" },
  input: actionInput({ user: userRef }),
  permission: "users.block_sign_in",
  risk: "low",
  confirmation: { message: "The user can sign in again with their existing password." },
  approval: false,
  guards: ["partner_tenant", "protected_account", "privileged_target"],
  audit: { target: (input) => input.user, redact: [] },
  invalidates: [["tenants", "{tenantId}", "users"], ["tenants", "{tenantId}", "users", "{target}"]],
  hasPreview: true,
  ui: { label: "Unblock sign-in", success: "Sign-in unblocked." },
});
