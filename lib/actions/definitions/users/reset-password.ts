import { actionInput, userRef } from "../../fields";
import { defineAction } from "../../types";

export const resetPassword = defineAction({
  id: "user.reset_password",
  title: "Reset password",
  description: "Sets a new generated password, shown once, that the user must change at their next sign-in. Their sessions end.",
  area: "identity",
  target: { kind: "user", field: "user" },
  input: actionInput({ user: userRef }),
  permission: "users.reset_password",
  risk: "high",
  confirmation: {
    message: "The user is signed out everywhere and must sign in with the new password, then choose their own.",
    typed: "target",
  },
  approval: false,
  guards: ["partner_tenant", "protected_account", "privileged_target"],
  // The generated password appears only in the response to whoever ran it.
  audit: { target: (input) => input.user, redact: ["password"] },
  invalidates: [["tenants", "{tenantId}", "users"], ["tenants", "{tenantId}", "users", "{target}"]],
  hasPreview: true,
  ui: { label: "Reset password", success: "Password reset. Copy it now: it is shown only once.", destructive: true },
});
