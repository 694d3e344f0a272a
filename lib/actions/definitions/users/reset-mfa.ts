import { actionInput, userRef } from "../../fields";
import { defineAction } from "../../types";

export const resetMfa = defineAction({
  id: "user.reset_mfa",
  title: "Reset MFA",
  description: "Deletes every authentication method except the password (Authenticator, phone, FIDO2 keys, OATH tokens…): the user registers again at next sign-in.",
  area: "identity",
  target: { kind: "user", field: "user" },
  input: actionInput({ user: userRef }),
  permission: "users.reset_mfa",
  risk: "high",
  confirmation: {
    message: "Confirm who is asking first: whoever signs in next with this password registers the new MFA methods.",
    typed: "target",
  },
  approval: false,
  guards: ["partner_tenant", "protected_account", "privileged_target"],
  audit: { target: (input) => input.user, redact: [] },
  invalidates: [["tenants", "{tenantId}", "users", "{target}"]],
  hasPreview: true,
  ui: { label: "Reset MFA", success: "MFA methods removed: the user registers again at next sign-in.", destructive: true },
});
