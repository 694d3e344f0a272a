import { getUserProfile, PROFILE_FIELDS, type ProfileField } from "@/lib/microsoft/graph/user-admin";
import { updateUser as patchUser } from "@/lib/microsoft/graph/users";
import { actionBody, type ActionContext, type Change } from "../../body";
import { updateUser } from "./update";
import { previewTarget, resolveUser } from "./user.server";

const LABELS: Record<ProfileField, string> = {
  displayName: "Display name", jobTitle: "Job title", department: "Department",
  officeLocation: "Office", mobilePhone: "Mobile phone", usageLocation: "Usage location",
};

type Input = Partial<Record<ProfileField, string | null>> & { user: string };

/** before → after for every field the input gives, read from the tenant. */
async function plan(ctx: ActionContext, input: Input) {
  const user = await resolveUser(ctx, input.user);
  const profile = await getUserProfile(ctx.graph, user.id);
  const changes: Change[] = PROFILE_FIELDS.filter((f) => input[f] !== undefined).map((f) => ({
    field: f, label: LABELS[f], before: profile.values[f], after: input[f] === "" ? null : input[f] ?? null,
  }));
  return { user, changes, patch: changes.filter((c) => c.before !== c.after) };
}

export default actionBody(updateUser, {
  async preview(ctx, input) {
    const { user, changes, patch } = await plan(ctx, input);
    return { target: previewTarget(user), changes, notes: patch.length ? [] : ["Every value is already as given: nothing changes."] };
  },

  async run(ctx, input) {
    const { user, patch } = await plan(ctx, input);
    if (patch.length) await patchUser(ctx.graph, user.id, Object.fromEntries(patch.map((c) => [c.field, c.after])));
    const names = patch.map((c) => c.label.toLowerCase()).join(", ");
    return {
      summary: patch.length ? `Changed ${names} of ${user.userPrincipalName}` : `Nothing to change for ${user.userPrincipalName}`,
      before: Object.fromEntries(patch.map((c) => [c.field, c.before])),
      after: Object.fromEntries(patch.map((c) => [c.field, c.after])),
      data: { user: { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName }, changed: patch.map((c) => c.field) },
    };
  },
});
