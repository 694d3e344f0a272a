import { AppError } from "@/lib/errors";
import { addGroupMember, getGroupInfo, removeGroupMember, userGroupIds } from "@/lib/microsoft/graph/user-admin";
import type { ActionBody, ActionContext } from "../../body";
import { previewTarget, resolveUser, who } from "../users/user.server";

type Input = { group: string; user: string };

/** The user and group, and whether the change makes sense now (409 in our words, not Microsoft's 400). */
async function plan(ctx: ActionContext, input: Input, add: boolean) {
  const user = await resolveUser(ctx, input.user);
  const [group, groups] = await Promise.all([getGroupInfo(ctx.graph, input.group), userGroupIds(ctx.graph, user.id)]);
  const member = groups.has(group.id);
  if (add && member) throw new AppError("CONFLICT", `${who(user)} is already a member of ${group.displayName}.`);
  if (!add && !member) throw new AppError("CONFLICT", `${who(user)} is not a direct member of ${group.displayName}.`);
  return { user, group };
}

export function membershipBody(add: boolean): ActionBody {
  return {
    async preview(ctx: ActionContext, input: Input) {
      const { user, group } = await plan(ctx, input, add);
      return {
        target: previewTarget(user),
        changes: [{ field: "memberOf", label: group.displayName, before: !add, after: add }],
        notes: [`${who(user)} ${add ? "gets" : "loses"} what ${group.displayName} grants.`],
      };
    },

    async run(ctx: ActionContext, input: Input) {
      const { user, group } = await plan(ctx, input, add);
      await (add ? addGroupMember : removeGroupMember)(ctx.graph, group.id, user.id);
      return {
        summary: `${add ? "Added" : "Removed"} ${user.userPrincipalName} ${add ? "to" : "from"} ${group.displayName}`,
        before: { group: group.id, member: !add },
        after: { group: group.id, member: add },
        data: { user: { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName }, group },
      };
    },
  };
}
