import { revokeSignInSessions } from "@/lib/microsoft/graph/users";
import { actionBody } from "../../body";
import { revokeSessions } from "./revoke-sessions";
import { previewTarget, resolveUser, who } from "./user.server";

export default actionBody(revokeSessions, {
  async preview(ctx, input) {
    const user = await resolveUser(ctx, input.user);
    return {
      target: previewTarget(user),
      changes: [{ field: "signInSessionsValidFromDateTime", label: "Sessions valid from", before: user.signInSessionsValidFromDateTime, after: "now" }],
      notes: [`${who(user)} must sign in again on every app and device.`],
    };
  },

  async run(ctx, input) {
    const user = await resolveUser(ctx, input.user);
    await revokeSignInSessions(ctx.graph, user.id);
    return {
      summary: `Revoked every session of ${user.userPrincipalName}`,
      before: { signInSessionsValidFromDateTime: user.signInSessionsValidFromDateTime },
      after: { sessionsRevoked: true },
      data: { user: { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName } },
    };
  },
});
