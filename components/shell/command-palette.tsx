"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useTheme } from "next-themes";
import { Monitor, Moon, PlugZap, Sun } from "lucide-react";

import {
  CommandDialog,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
} from "@/components/ui/command";
import { CurrentTenantProvider } from "./current-tenant";
import { allNavItems } from "./nav-items";
import { TenantCommands } from "./tenant-commands";

interface PaletteState {
  open: boolean;
  setOpen: (open: boolean) => void;
}

const PaletteContext = createContext<PaletteState | null>(null);

/** Lets any control (tenant switcher, search box, a page's empty state) open the one palette. */
export function useCommandPalette(): PaletteState {
  const state = useContext(PaletteContext);
  if (!state) throw new Error("useCommandPalette must be used inside <CommandPaletteProvider>");
  return state;
}

const themes = [
  { value: "light", label: "Light theme", icon: Sun },
  { value: "dark", label: "Dark theme", icon: Moon },
  { value: "system", label: "System theme", icon: Monitor },
] as const;

export function CommandPaletteProvider({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const router = useRouter();
  const { setTheme } = useTheme();

  // Every opening starts from an empty box, which lists the recent tenants.
  useEffect(() => {
    if (!open) setSearch("");
  }, [open]);

  // Cmd+K on macOS, Ctrl+K elsewhere; toggling matches what technicians expect from other admin tools.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey) && !event.altKey) {
        event.preventDefault();
        setOpen((value) => !value);
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  const run = useCallback((action: () => void) => {
    setOpen(false);
    action();
  }, []);

  const state = useMemo(() => ({ open, setOpen }), [open]);

  return (
    <PaletteContext.Provider value={state}>
      <CurrentTenantProvider>
        {children}
        <CommandDialog open={open} onOpenChange={setOpen} title="Command palette" description="Search for a tenant, a page or an action">
          <CommandInput placeholder="Search tenants, pages and actions…" value={search} onValueChange={setSearch} />
          <CommandList>
            <CommandEmpty>No results.</CommandEmpty>
            <TenantCommands search={search} onPick={(tenant) => run(() => router.push(`/tenants/${tenant.id}`))} />
            <CommandGroup heading="Go to">
              {allNavItems.map((item) => (
                <CommandItem
                  key={item.href}
                  value={item.title}
                  keywords={item.keywords}
                  onSelect={() => run(() => router.push(item.href))}
                >
                  <item.icon aria-hidden="true" />
                  {item.title}
                </CommandItem>
              ))}
              <CommandItem
                value="Connect partner tenant"
                keywords={["setup", "sam", "consent", "secure application model"]}
                onSelect={() => run(() => router.push("/setup"))}
              >
                <PlugZap aria-hidden="true" />
                Connect partner tenant
              </CommandItem>
            </CommandGroup>
            <CommandGroup heading="Preferences">
              {themes.map((theme) => (
                <CommandItem
                  key={theme.value}
                  value={theme.label}
                  keywords={["appearance", "dark mode"]}
                  onSelect={() => run(() => setTheme(theme.value))}
                >
                  <theme.icon aria-hidden="true" />
                  {theme.label}
                </CommandItem>
              ))}
            </CommandGroup>
          </CommandList>
        </CommandDialog>
      </CurrentTenantProvider>
    </PaletteContext.Provider>
  );
}
