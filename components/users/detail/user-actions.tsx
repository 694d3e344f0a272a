"use client";

import { ActionButton } from "@/components/actions/action-button";
import type { ActionId } from "@/lib/actions/registry";
import type { Role } from "@/lib/auth/roles";
import type { UserDetail } from "@/lib/microsoft/graph/user-reads";
import { EditUserButton } from "../manage";

/**
 * The user's guarded actions, each a registry-driven ActionButton. Block or Unblock, whichever
 * applies now. `userRef` is the page's URL reference: the actions' `invalidates` keys are built
 * from it, and so is the detail query's key.
 */
export function UserActions({ tenantId, userRef, user, role }: { tenantId: string; userRef: string; user: UserDetail; role: Role }) {
  const ids: ActionId[] = [
    "user.reset_password",
    user.accountEnabled ? "user.block_sign_in" : "user.unblock_sign_in",
    "user.revoke_sessions",
    "user.reset_mfa",
  ];
  return (
    <div role="group" aria-label="User actions" className="flex flex-wrap items-center gap-2">
      {ids.map((id) => (
        <ActionButton key={id} actionId={id} tenantId={tenantId} input={{ user: userRef }} role={role} targetLabel={user.userPrincipalName} />
      ))}
      <EditUserButton tenantId={tenantId} user={user} role={role} />
    </div>
  );
}
