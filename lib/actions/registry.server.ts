import type { ActionBody } from "./body";
import addGroupMember from "./definitions/groups/add-member.server";
import removeGroupMember from "./definitions/groups/remove-member.server";
import assignLicense from "./definitions/users/assign-license.server";
import blockSignIn from "./definitions/users/block-sign-in.server";
import createUser from "./definitions/users/create.server";
import removeLicense from "./definitions/users/remove-license.server";
import resetMfa from "./definitions/users/reset-mfa.server";
import resetPassword from "./definitions/users/reset-password.server";
import revokeSessions from "./definitions/users/revoke-sessions.server";
import unblockSignIn from "./definitions/users/unblock-sign-in.server";
import updateUser from "./definitions/users/update.server";
import type { ActionId } from "./registry";

if (typeof window !== "undefined") throw new Error("lib/actions/registry.server is server-only");

/** The server body of every action; a definition without one does not compile. */
export const BODIES: Record<ActionId, ActionBody> = {
  "user.reset_password": resetPassword,
  "user.block_sign_in": blockSignIn,
  "user.unblock_sign_in": unblockSignIn,
  "user.revoke_sessions": revokeSessions,
  "user.update": updateUser,
  "user.assign_license": assignLicense,
  "user.remove_license": removeLicense,
  "group.add_member": addGroupMember,
  "group.remove_member": removeGroupMember,
  "user.reset_mfa": resetMfa,
  "user.create": createUser,
};
