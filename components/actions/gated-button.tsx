"use client";

import { useId } from "react";

import { Button, type ButtonProps } from "@/components/ui/button";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import type { Role } from "@/lib/auth/roles";
import { can, type Permission } from "@/lib/authz/permissions";

export interface GatedButtonProps extends ButtonProps {
  role: Role;
  permission: Permission;
  /** test id of the wrapper shown when the role may not use the button */
  refusedTestId?: string;
}

/**
 * A button for a permission-checked action: disabled, with the reason in a tooltip and in its
 * accessible description, when the role may not use it. The server decides for real; the page
 * rendered this tenant, so it is in scope and only the role is left to check here.
 */
export function GatedButton({ role, permission, refusedTestId, ...props }: GatedButtonProps) {
  const reasonId = useId();
  const decision = can({ role }, permission, null, { kind: "all" });
  if (decision.ok) return <Button size="sm" {...props} />;
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        {/* A disabled button takes no focus or hover: the wrapper does, so the reason is reachable. */}
        <span tabIndex={0} data-testid={refusedTestId}>
          <Button size="sm" {...props} disabled aria-describedby={reasonId} />
          <span id={reasonId} className="sr-only">{decision.message}</span>
        </span>
      </TooltipTrigger>
      <TooltipContent>{decision.message}</TooltipContent>
    </Tooltip>
  );
}
