import { deleteAuthMethod, listAuthMethods, type AuthMethod } from "@/lib/microsoft/graph/user-admin";
import { actionBody, type ActionContext } from "../../body";
import { resetMfa } from "./reset-mfa";
import { previewTarget, resolveUser, who } from "./user.server";

/** Every method but the password (which cannot be deleted, only reset). */
async function plan(ctx: ActionContext, ref: string) {
  const user = await resolveUser(ctx, ref);
  const methods = await listAuthMethods(ctx.graph, user.id);
  const removable = methods.filter((m): m is AuthMethod & { segment: string } => m.type !== "passwordAuthenticationMethod" && m.segment !== null);
  return { user, methods, removable };
}

export default actionBody(resetMfa, {
  async preview(ctx, input) {
    const { user, methods, removable } = await plan(ctx, input.user);
    return {
      target: previewTarget(user),
      changes: removable.map((m) => ({ field: `method:${m.id}`, label: m.label, before: "registered", after: "removed" })),
      notes: [
        removable.length ? `${who(user)} must register MFA again at next sign-in.` : "No MFA method is registered: nothing changes.",
        ...(methods.length > removable.length ? ["The password stays as it is."] : []),
      ],
    };
  },

  async run(ctx, input) {
    const { user, removable } = await plan(ctx, input.user);
    for (const m of removable) await deleteAuthMethod(ctx.graph, user.id, m);
    return {
      summary: removable.length ? `Removed ${removable.length} MFA method(s) of ${user.userPrincipalName}` : `No MFA methods to remove for ${user.userPrincipalName}`,
      before: { methods: removable.map((m) => m.type) },
      after: { methods: [] },
      data: { user: { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName }, removed: removable.map((m) => ({ id: m.id, type: m.type, label: m.label })) },
    };
  },
});
