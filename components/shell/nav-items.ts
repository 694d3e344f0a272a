import {
  BadgeCheck,
  Building2,
  LayoutDashboard,
  ScrollText,
  Settings,
  type LucideIcon,
} from "lucide-react";
import type { ComponentType } from "react";

import { PendingApprovalsBadge } from "@/components/approvals/pending-badge";

export interface NavItem {
  title: string;
  href: string;
  icon: LucideIcon;
  /** Extra words the ⌘K palette matches on, in the vocabulary technicians search with. */
  keywords: string[];
  /** A live count shown next to the title in the sidebar. */
  badge?: ComponentType;
}

export interface NavSection {
  /** Visible group heading; undefined for the ungrouped top entry. */
  label?: string;
  items: NavItem[];
}

// The single source of the navigation: the sidebar, the mobile sheet and the ⌘K palette all read it.
// Add an area here when its first page exists under app/(dashboard)/<href> (Identity, Exchange and the
// service desk come with their issues; a link to a page that does not exist is a 404 for the technician).
export const navSections: NavSection[] = [
  {
    items: [{ title: "Overview", href: "/", icon: LayoutDashboard, keywords: ["home", "dashboard"] }],
  },
  {
    label: "Manage",
    items: [
      { title: "Tenants", href: "/tenants", icon: Building2, keywords: ["customers", "gdap", "health", "users"] },
    ],
  },
  {
    label: "Operate",
    items: [
      { title: "Approvals", href: "/approvals", icon: BadgeCheck, keywords: ["four eyes", "pending", "approve", "reject"], badge: PendingApprovalsBadge },
      { title: "Audit", href: "/audit", icon: ScrollText, keywords: ["log", "history", "who changed"] },
    ],
  },
];

export const settingsItem: NavItem = {
  title: "Settings",
  href: "/settings",
  icon: Settings,
  keywords: ["roles", "api keys", "partner connection"],
};

export const allNavItems: NavItem[] = [...navSections.flatMap((s) => s.items), settingsItem];

/** "/" only matches itself; every other item also owns its sub-pages (e.g. /tenants/abc/users). */
export function isActive(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
