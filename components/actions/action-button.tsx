"use client";

import { useState } from "react";

import type { ButtonProps } from "@/components/ui/button";
import { ACTIONS, type ActionId } from "@/lib/actions/registry";
import type { Role } from "@/lib/auth/roles";
import { ActionDialog } from "./action-dialog";
import type { ActionSucceeded } from "./api";
import { GatedButton } from "./gated-button";

export interface ActionButtonProps extends Omit<ButtonProps, "onClick"> {
  actionId: ActionId;
  tenantId: string;
  input: Record<string, unknown>;
  /** the signed-in person's role (from the server), for disabled-with-reason */
  role: Role;
  /** how the target is shown (e.g. the UPN): the typed confirmation asks for exactly this */
  targetLabel?: string;
  onDone?: (result: ActionSucceeded) => void;
}

/**
 * One button per guarded action, driven entirely by its definition: label, risk styling, the
 * permission check (disabled, with the reason), then the confirm dialog with preview.
 */
export function ActionButton({ actionId, tenantId, input, role, targetLabel, onDone, ...buttonProps }: ActionButtonProps) {
  const def = ACTIONS[actionId];
  const [open, setOpen] = useState(false);
  return (
    <>
      <GatedButton
        role={role}
        permission={def.permission}
        refusedTestId={`action-${actionId}-disabled`}
        variant={def.ui.destructive ? "destructive" : "outline"}
        onClick={() => setOpen(true)}
        {...buttonProps}
      >
        {def.ui.label}
      </GatedButton>
      {open && <ActionDialog def={def} tenantId={tenantId} input={input} targetLabel={targetLabel} onClose={() => setOpen(false)} onDone={onDone} />}
    </>
  );
}
