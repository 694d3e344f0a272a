import { actionInput, groupId, userRef } from "../../fields";
import { defineAction } from "../../types";

export const addGroupMember = defineAction({
  id: "group.add_member",
  title: "Add to group",
  description: "Makes the user a direct member of a group: they get whatever the group grants (mail, Teams, SharePoint, app access).",
  area: "identity",
  // The guards look at the user being added, so the target is the user.
  target: { kind: "user", field: "user" },
  input: actionInput({ group: groupId, user: userRef }),
  permission: "groups.members",
  risk: "low",
  confirmation: { message: "The user gets everything the group grants, usually within a few minutes." },
  approval: false,
  guards: ["partner_tenant", "protected_account", "privileged_target"],
  audit: { target: (input) => input.user, redact: [] },
  invalidates: [["tenants", "{tenantId}", "users", "{target}"], ["tenants", "{tenantId}", "groups"]],
  hasPreview: true,
  ui: { label: "Add to group", success: "Added to the group." },
});
