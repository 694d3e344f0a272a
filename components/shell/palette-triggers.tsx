"use client";

import { useSyncExternalStore } from "react";
import { Building2, ChevronsUpDown, Search } from "lucide-react";

import { cn } from "@/lib/utils";
import { useCommandPalette } from "./command-palette";
import { useCurrentTenant } from "./current-tenant";

const noSubscribe = () => () => {};

/** "⌘" on Apple platforms, "Ctrl" elsewhere; the server renders "Ctrl" and the client corrects it. */
function useShortcutModifier(): string {
  return useSyncExternalStore(
    noSubscribe,
    () => (/Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl"),
    () => "Ctrl",
  );
}

/**
 * The tenant switcher: shows which tenant the technician is in (or "All tenants") and opens the
 * palette, which searches tenants and lists the recent ones. Never blank: on the first paint of a
 * hard reload inside a tenant, before its layout has reported the name, it says so.
 */
export function TenantSwitcher({ className }: { className?: string }) {
  const { setOpen } = useCommandPalette();
  const current = useCurrentTenant();
  const name = current ? (current.tenant?.displayName ?? "Loading tenant…") : "All tenants";
  return (
    <button
      type="button"
      onClick={() => setOpen(true)}
      aria-label={`Switch tenant, current: ${name}`}
      title={current?.tenant?.defaultDomain ?? undefined}
      data-testid="tenant-switcher"
      className={cn(
        "flex h-9 min-w-0 items-center gap-2 rounded-md border bg-card px-2.5 text-sm font-medium shadow-xs outline-none transition-colors hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50 dark:bg-input/30",
        current && "border-primary/40",
        className,
      )}
    >
      <span className="flex size-5 shrink-0 items-center justify-center rounded bg-primary/10 text-primary">
        <Building2 className="size-3.5" aria-hidden="true" />
      </span>
      <span className={cn("truncate", current && !current.tenant && "text-muted-foreground")}>{name}</span>
      <ChevronsUpDown className="size-3.5 shrink-0 text-muted-foreground" aria-hidden="true" />
    </button>
  );
}

export function SearchTrigger({ className }: { className?: string }) {
  const { setOpen } = useCommandPalette();
  const modifier = useShortcutModifier();
  return (
    <button
      type="button"
      onClick={() => setOpen(true)}
      aria-keyshortcuts="Meta+K Control+K"
      className={cn(
        "flex h-9 w-full items-center gap-2 rounded-md border bg-muted/60 px-3 text-sm text-muted-foreground outline-none transition-colors hover:bg-muted focus-visible:ring-[3px] focus-visible:ring-ring/50 dark:bg-input/30",
        className,
      )}
    >
      <Search className="size-4" aria-hidden="true" />
      <span className="flex-1 truncate text-left">Search or jump to…</span>
      <kbd
        aria-hidden="true"
        className="pointer-events-none hidden h-5 select-none items-center gap-0.5 rounded border bg-card px-1.5 font-sans text-[11px] font-medium text-muted-foreground sm:inline-flex"
      >
        {modifier} K
      </kbd>
    </button>
  );
}
