import { getUser, type DirectoryUser } from "@/lib/microsoft/graph/users";
import type { ActionContext, ActionPreview } from "../../body";

/** The user an input names, read once per run (the guards may already have read it). */
export async function resolveUser(ctx: ActionContext, ref: string): Promise<DirectoryUser> {
  const known = ctx.users.get(ref);
  if (known) return known;
  const user = await getUser(ctx.graph, ref);
  ctx.users.set(ref, user);
  return user;
}

export const previewTarget = (u: DirectoryUser): ActionPreview["target"] => ({
  id: u.id,
  name: u.displayName,
  detail: `${u.userPrincipalName} · sign-in ${u.accountEnabled ? "allowed" : "blocked"}`,
});

export const who = (u: DirectoryUser) => `${u.displayName} (${u.userPrincipalName})`;
