"use client";

import { useSyncExternalStore } from "react";
import { Building2, ChevronsUpDown, Search } from "lucide-react";

import { cn } from "@/lib/utils";
import { useCommandPalette } from "./command-palette";

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
 * Placeholder for the tenant switcher: shows the current scope and opens the palette, which will list
 * tenants once the partner connection exists. Keeping it visible now fixes where technicians look.
 */
export function TenantSwitcher({ className }: { className?: string }) {
  const { setOpen } = useCommandPalette();
  return (
    <button
      type="button"
      onClick={() => setOpen(true)}
      aria-label="Switch tenant, current: All tenants"
      className={cn(
        "flex h-9 items-center gap-2 rounded-md border bg-card px-2.5 text-sm font-medium shadow-xs outline-none transition-colors hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50 dark:bg-input/30",
        className,
      )}
    >
      <span className="flex size-5 items-center justify-center rounded bg-primary/10 text-primary">
        <Building2 className="size-3.5" aria-hidden="true" />
      </span>
      <span className="truncate">All tenants</span>
      <ChevronsUpDown className="size-3.5 text-muted-foreground" aria-hidden="true" />
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
