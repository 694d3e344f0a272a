"use client";

import { useState } from "react";
import Link from "next/link";
import { Copy, MoreHorizontal, PanelRightOpen, Pencil } from "lucide-react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { SpriteIcon } from "@/components/ui/sprite";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { TenantRow } from "@/lib/tenants/types";

/**
 * shadcn's row actions: one "…" menu per row, named after its tenant for screen readers. The Radix
 * menu is mounted on first use: fifty of them on every search result was a measurable share of the
 * keystroke-to-rows time, and a plain button costs next to nothing until someone opens it.
 */
export function TenantRowActions({ tenant, onEdit }: { tenant: TenantRow; onEdit: (tenant: TenantRow) => void }) {
  const [open, setOpen] = useState<boolean | null>(null);
  const trigger = (
    <Button
      variant="ghost"
      size="icon-sm"
      className="data-[state=open]:bg-muted"
      aria-label={`Actions for ${tenant.displayName}`}
      aria-haspopup="menu"
      onClick={open === null ? () => setOpen(true) : undefined}
    >
      <SpriteIcon icon={MoreHorizontal} className="size-4 shrink-0" />
    </Button>
  );
  if (open === null) return trigger;
  return (
    <DropdownMenu open={open} onOpenChange={setOpen}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-52">
        <DropdownMenuItem asChild>
          <Link href={`/tenants/${tenant.id}`} prefetch={false}>
            <PanelRightOpen aria-hidden="true" />
            Open
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => onEdit(tenant)}>
          <Pencil aria-hidden="true" />
          Edit alias and tags…
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem
          onSelect={() =>
            void navigator.clipboard.writeText(tenant.id).then(
              () => toast.success("Tenant ID copied"),
              () => toast.error("Could not copy to the clipboard."),
            )
          }
        >
          <Copy aria-hidden="true" />
          Copy tenant ID
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
