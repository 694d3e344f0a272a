"use client";

import { useId, useState } from "react";

import { Button, type ButtonProps } from "@/components/ui/button";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { ACTIONS, type ActionId } from "@/lib/actions/registry";
import type { Role } from "@/lib/auth/roles";
import { can } from "@/lib/authz/permissions";
import { ActionDialog } from "./action-dialog";
import type { ActionSucceeded } from "./api";

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
 * permission check (disabled, with the reason in a tooltip), then the confirm dialog with preview.
 * The server decides for real; this only saves a pointless click.
 */
export function ActionButton({ actionId, tenantId, input, role, targetLabel, onDone, ...buttonProps }: ActionButtonProps) {
  const def = ACTIONS[actionId];
  const [open, setOpen] = useState(false);
  const reasonId = useId();
  // The page rendered this tenant, so it is in scope; only the role is left to check here.
  const decision = can({ role }, def.permission, null, { kind: "all" });
  const button = (
    <Button
      variant={def.ui.destructive ? "destructive" : "outline"}
      size="sm"
      disabled={!decision.ok}
      aria-describedby={decision.ok ? undefined : reasonId}
      onClick={() => setOpen(true)}
      {...buttonProps}
    >
      {def.ui.label}
    </Button>
  );
  if (!decision.ok) {
    return (
      <Tooltip>
        <TooltipTrigger asChild>
          {/* A disabled button takes no focus or hover: the wrapper does, so the reason is reachable. */}
          <span tabIndex={0} data-testid={`action-${actionId}-disabled`}>
            {button}
            <span id={reasonId} className="sr-only">{decision.message}</span>
          </span>
        </TooltipTrigger>
        <TooltipContent>{decision.message}</TooltipContent>
      </Tooltip>
    );
  }
  return (
    <>
      {button}
      {open && <ActionDialog def={def} tenantId={tenantId} input={input} targetLabel={targetLabel} onClose={() => setOpen(false)} onDone={onDone} />}
    </>
  );
}
