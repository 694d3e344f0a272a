import {
  CircleAlert,
  CircleCheck,
  CircleDashed,
  CircleHelp,
  CircleX,
  Clock,
  Handshake,
  Hourglass,
  ShieldAlert,
  ShieldCheck,
  ShieldQuestion,
  ShieldX,
  type LucideIcon,
} from "lucide-react";

import type { TableUrlConfig } from "@/components/data-table/url-state";
import {
  TENANT_SORTS,
  type AccessStatus,
  type ConsentState,
  type DiagnosticStepId,
  type GdapStatus,
} from "@/lib/tenants/types";

// Record<…> keyed by the contract's unions: a new status on the server does not compile until it
// has a label, a badge colour and an icon here.

export type Tone = "success" | "warning" | "destructive" | "secondary" | "outline";

export interface StatusOption<V extends string> {
  value: V;
  label: string;
  tone: Tone;
  icon: LucideIcon;
}

export const GDAP_OPTIONS: Record<GdapStatus, StatusOption<GdapStatus>> = {
  active: { value: "active", label: "Active", tone: "success", icon: CircleCheck },
  expiring: { value: "expiring", label: "Expiring", tone: "warning", icon: Hourglass },
  expired: { value: "expired", label: "Expired", tone: "destructive", icon: CircleX },
  pending: { value: "pending", label: "Pending approval", tone: "secondary", icon: Clock },
  none: { value: "none", label: "No relationship", tone: "destructive", icon: CircleDashed },
  mlt_only: { value: "mlt_only", label: "Microsoft-led only", tone: "warning", icon: CircleAlert },
  dap: { value: "dap", label: "DAP only", tone: "warning", icon: Handshake },
};

export const CONSENT_OPTIONS: Record<ConsentState, StatusOption<ConsentState>> = {
  granted: { value: "granted", label: "Granted", tone: "success", icon: ShieldCheck },
  partial: { value: "partial", label: "Partial", tone: "warning", icon: ShieldAlert },
  missing: { value: "missing", label: "Missing", tone: "destructive", icon: ShieldX },
  unknown: { value: "unknown", label: "Unknown", tone: "outline", icon: ShieldQuestion },
};

export const ACCESS_OPTIONS: Record<AccessStatus, StatusOption<AccessStatus>> = {
  healthy: { value: "healthy", label: "Healthy", tone: "success", icon: CircleCheck },
  warning: { value: "warning", label: "Warning", tone: "warning", icon: CircleAlert },
  failing: { value: "failing", label: "Failing", tone: "destructive", icon: CircleX },
  unknown: { value: "unknown", label: "Not checked", tone: "outline", icon: CircleHelp },
};

/** Short names for the list's "failing step" hint; the diagnostics panel shows the server's full titles. */
export const STEP_LABELS: Record<DiagnosticStepId, string> = {
  "gdap.active": "GDAP relationship",
  "gdap.roles": "GDAP roles",
  "gdap.assignments": "Access assignments",
  "consent.present": "Application consent",
  "token.graph": "Graph token",
  "token.exchange": "Exchange token",
  "token.partnerCenter": "Partner Center token",
  "exchange.reachable": "Exchange reachable",
};

export const TENANT_FILTER_KEYS = ["gdap", "consent", "access", "tag"] as const;

export const TENANT_TABLE: TableUrlConfig = {
  filterKeys: TENANT_FILTER_KEYS,
  sorts: TENANT_SORTS,
  defaultSort: "displayName",
  defaultDir: "asc",
  pageSizes: [25, 50, 100, 200],
  // 25: about two screens of rows; technicians search rather than scroll, and rendering and
  // painting a result page is a large share of the keystroke-to-rows time, growing with the page
  // size (npm run bench). Larger pages are one click away and kept in the URL.
  defaultPageSize: 25,
};

/** Column id → the API's sort key (TENANT_SORTS). */
export const TENANT_SORT_KEYS: Record<string, string> = {
  tenant: "displayName",
  gdap: "gdapEndsAt",
  access: "accessStatus",
  syncedAt: "syncedAt",
};

export const facetOptions = <V extends string>(options: Record<V, StatusOption<V>>) =>
  Object.values<StatusOption<V>>(options).map(({ value, label, icon }) => ({ value, label, icon }));
