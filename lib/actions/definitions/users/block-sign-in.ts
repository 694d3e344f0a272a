import { actionInput, userRef } from "../../fields";
import { defineAction } from "../../types";

export const blockSignIn = defineAction({
  id: "user.block_sign_in",
  title: "Block sign-in",
  description: "Disables the account (accountEnabled = false): the user cannot sign in and their sessions end. Mail still arrives.",
  area: "identity",
  target: { kind: "user", field: "user" },
  input: actionInput({ user: userRef }),
  permission: "users.block_sign_in",
  risk: "high",
  confirmation: { message: "The user can no longer sign in anywhere until someone unblocks them.", typed: "target" },
  approval: false,
  guards: ["partner_tenant", "protected_account", "privileged_target"],
  audit: { target: (input) => input.user, redact: [] },
  invalidates: [["tenants", "{tenantId}", "users"], ["tenants", "{tenantId}", "users", "{target}"]],
  hasPreview: true,
  ui: { label: "Block sign-in", success: "Sign-in blocked.", destructive: true },
});
