"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@/lib/utils";
import { isActive, navSections, settingsItem, type NavItem } from "./nav-items";

function NavLink({ item, pathname, onNavigate }: { item: NavItem; pathname: string; onNavigate?: () => void }) {
  const active = isActive(item.href, pathname);
  const { icon: Icon, badge: Badge } = item;
  return (
    <Link
      href={item.href}
      onClick={onNavigate}
      aria-current={active ? "page" : undefined}
      className={cn(
        "group flex h-9 items-center gap-3 rounded-md px-3 text-sm font-medium text-sidebar-foreground outline-none transition-colors",
        "hover:bg-sidebar-accent hover:text-sidebar-accent-foreground focus-visible:ring-[3px] focus-visible:ring-sidebar-ring/50",
        active && "bg-sidebar-accent text-sidebar-accent-foreground",
      )}
    >
      <Icon
        aria-hidden="true"
        className={cn("size-4 shrink-0 opacity-80", active && "text-sidebar-primary opacity-100")}
      />
      {item.title}
      {Badge && <Badge />}
    </Link>
  );
}

/** The navigation list; used by the desktop sidebar and the mobile sheet (which closes on navigate). */
export function SidebarNav({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-1 flex-col gap-6 overflow-y-auto px-3 py-4">
      {navSections.map((section, index) => (
        <div key={section.label ?? index} className="flex flex-col gap-1">
          {section.label && (
            <h2 className="px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-muted-foreground">
              {section.label}
            </h2>
          )}
          <ul className="flex flex-col gap-0.5">
            {section.items.map((item) => (
              <li key={item.href}>
                <NavLink item={item} pathname={pathname} onNavigate={onNavigate} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      <ul className="mt-auto flex flex-col gap-0.5">
        <li>
          <NavLink item={settingsItem} pathname={pathname} onNavigate={onNavigate} />
        </li>
      </ul>
    </nav>
  );
}
