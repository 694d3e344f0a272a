import { randomInt } from "node:crypto";

import { updateUser } from "@/lib/microsoft/graph/users";
import { actionBody } from "../../body";
import { resetPassword } from "./reset-password";
import { previewTarget, resolveUser, who } from "./user.server";

// Unambiguous characters only (no 0/O, 1/l/I): the password is read out over the phone.
const SETS = ["ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789", "!#$%*+-=?@"];
const LENGTH = 16;

/** 16 characters from a CSPRNG with every character class present (Entra needs three of four). */
export function generatePassword(): string {
  const all = SETS.join("");
  const chars = SETS.map((set) => set[randomInt(set.length)]!);
  while (chars.length < LENGTH) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join("");
}

export default actionBody(resetPassword, {
  async preview(ctx, input) {
    const user = await resolveUser(ctx, input.user);
    return {
      target: previewTarget(user),
      changes: [
        { field: "password", label: "Password", before: "current password", after: "a new generated password, shown once" },
        { field: "forceChangePasswordNextSignIn", label: "Must change password at next sign-in", before: null, after: true },
      ],
      notes: [`${who(user)} is signed out of every session and device.`],
    };
  },

  async run(ctx, input) {
    const user = await resolveUser(ctx, input.user);
    const password = generatePassword();
    await updateUser(ctx.graph, user.id, { passwordProfile: { password, forceChangePasswordNextSignIn: true } });
    return {
      summary: `Reset the password of ${user.userPrincipalName}`,
      before: { lastPasswordChangeDateTime: user.lastPasswordChangeDateTime },
      after: { forceChangePasswordNextSignIn: true, sessionsRevoked: true },
      data: { user: { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName }, password, forceChangePasswordNextSignIn: true },
    };
  },
});
