import { actionInput, skuId, userRef } from "../../fields";
import { defineAction } from "../../types";

export const removeLicense = defineAction({
  id: "user.remove_license",
  title: "Remove licence",
  description: "Removes one licence from the user and frees its seat. Services the licence brings (mailbox, OneDrive…) stop for this user.",
  area: "identity",
  target: { kind: "user", field: "user" },
  input: actionInput({ user: userRef, skuId }),
  permission: "users.licenses",
  risk: "high",
  confirmation: {
    message: "The user loses the services this licence brings. Microsoft keeps their data for 30 days, then deletes it.",
    typed: "target",
  },
  approval: false,
  guards: ["partner_tenant", "protected_account", "privileged_target"],
  audit: { target: (input) => input.user, redact: [] },
  invalidates: [["tenants", "{tenantId}", "users", "{target}"], ["tenants", "{tenantId}", "licences"]],
  hasPreview: true,
  ui: { label: "Remove licence", success: "Licence removed.", destructive: true },
});
