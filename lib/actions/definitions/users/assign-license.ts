import { actionInput, skuId, userRef } from "../../fields";
import { defineAction } from "../../types";

export const assignLicense = defineAction({
  id: "user.assign_license",
  title: "Assign licence",
  description: "Assigns one of the tenant's licences to the user, if a seat is free. The user needs a usage location.",
  area: "identity",
  target: { kind: "user", field: "user" },
  input: actionInput({ user: userRef, skuId }),
  permission: "users.licenses",
  risk: "low",
  confirmation: { message: "One seat of the licence is used by this user; the customer is billed for the subscription, not per assignment." },
  approval: false,
  guards: ["partner_tenant", "protected_account", "privileged_target"],
  audit: { target: (input) => input.user, redact: [] },
  invalidates: [["tenants", "{tenantId}", "users", "{target}"], ["tenants", "{tenantId}", "licences"]],
  hasPreview: true,
  ui: { label: "Assign licence", success: "Licence assigned." },
});
