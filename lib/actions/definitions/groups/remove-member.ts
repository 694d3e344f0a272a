import { actionInput, groupId, userRef } from "../../fields";
import { defineAction } from "../../types";

export const removeGroupMember = defineAction({
  id: "group.remove_member",
  title: "Remove from group",
  description: "Removes the user's direct membership of a group: they lose whatever the group grants.",
  area: "identity",
  target: { kind: "user", field: "user" },
  input: actionInput({ group: groupId, user: userRef }),
  permission: "groups.members",
  risk: "low",
  confirmation: { message: "The user loses what the group grants (mail, Teams, SharePoint, app access)." },
  approval: false,
  guards: ["partner_tenant", "protected_account", "privileged_target"],
  audit: { target: (input) => input.user, redact: [] },
  invalidates: [["tenants", "{tenantId}", "users", "{target}"], ["tenants", "{tenantId}", "groups"]],
  hasPreview: true,
  ui: { label: "Remove from group", success: "Removed from the group.", destructive: true },
});
