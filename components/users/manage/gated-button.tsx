"use client";

import { Button, type ButtonProps } from "@/components/ui/button";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import type { Role } from "@/lib/auth/roles";
import { can, type Permission } from "@/lib/authz/permissions";

/**
 * A button that opens a form for a permission-checked action: disabled, with the reason in a
 * tooltip, when the role may not use it. The server decides for real (the tenant is in scope: the
 * page rendered it).
 */
export function GatedButton({ role, permission, disabled, ...props }: ButtonProps & { role: Role; permission: Permission }) {
  const decision = can({ role }, permission, null, { kind: "all" });
  if (decision.ok) return <Button size="sm" disabled={disabled} {...props} />;
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <span tabIndex={0}>
          <Button size="sm" {...props} disabled aria-disabled />
        </span>
      </TooltipTrigger>
      <TooltipContent>{decision.message}</TooltipContent>
    </Tooltip>
  );
}
