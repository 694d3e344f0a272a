import { updateUser } from "@/lib/microsoft/graph/users";
import type { ActionBody, ActionContext } from "../../body";
import { previewTarget, resolveUser, who } from "./user.server";

/** Block and unblock differ only in the value they write: one body for both. */
export function signInStateBody(enabled: boolean): ActionBody {
  const verb = enabled ? "Unblocked" : "Blocked";
  return {
    async preview(ctx: ActionContext, input: { user: string }) {
      const user = await resolveUser(ctx, input.user);
      const notes = user.accountEnabled === enabled ? [`Sign-in is already ${enabled ? "allowed" : "blocked"}: nothing changes.`] : [];
      if (!enabled && user.accountEnabled) notes.push(`${who(user)} is signed out of every session and device.`);
      return {
        target: previewTarget(user),
        changes: [{ field: "accountEnabled", label: "Sign-in allowed", before: user.accountEnabled, after: enabled }],
        notes,
      };
    },

    async run(ctx: ActionContext, input: { user: string }) {
      const user = await resolveUser(ctx, input.user);
      // Written even when it already has the value: the state is confirmed, and the call is idempotent.
      await updateUser(ctx.graph, user.id, { accountEnabled: enabled });
      return {
        summary: `${verb} sign-in for ${user.userPrincipalName}`,
        before: { accountEnabled: user.accountEnabled },
        after: { accountEnabled: enabled },
        data: { user: { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName }, accountEnabled: enabled },
      };
    },
  };
}
