"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@/lib/utils";

const TABS = [
  { segment: "", label: "Overview" },
  { segment: "/users", label: "Users" },
] as const;

/** The sections of one tenant; the current one (or its parent, for a user's page) is aria-current. */
export function TenantTabs({ tenantId }: { tenantId: string }) {
  const pathname = usePathname();
  const base = `/tenants/${tenantId}`;
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : "";
  const current = [...TABS].reverse().find((t) => (t.segment === "" ? rest === "" || rest === "/" : rest === t.segment || rest.startsWith(`${t.segment}/`)));
  return (
    <nav aria-label="Tenant sections" className="border-b">
      <ul className="-mb-px flex gap-4">
        {TABS.map((tab) => {
          const active = tab === current;
          return (
            <li key={tab.label}>
              <Link
                href={`${base}${tab.segment}`}
                aria-current={active ? (pathname === `${base}${tab.segment}` ? "page" : "true") : undefined}
                className={cn(
                  "inline-flex h-9 items-center border-b-2 px-1 text-sm font-medium outline-none transition-colors focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  active ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
