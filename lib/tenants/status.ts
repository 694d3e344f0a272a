import { DIRECTORY_ROLE } from "../microsoft/graph/directory-roles";
import { RESOURCE_APP_ID } from "../microsoft/partner-center/types";
import type { ConsentState, GdapStatus } from "./types";

// Pure derivations shared by the sync (which stores them for server-side filtering), the detail
// view and the diagnostics. No I/O here.

export const DAY_MS = 86_400_000;
/** Relationships ending within this window without a working auto-extend count as expiring. */
export const EXPIRING_WINDOW_DAYS = 30;

export interface RelationshipFacts {
  displayName: string;
  status: string;
  endsAt: Date | null;
  autoExtendDuration: string | null;
  roles: readonly string[];
}

export const isMicrosoftLed = (displayName: string) => displayName.startsWith("MLT_");
export const holdsGlobalAdmin = (roles: readonly string[]) => roles.includes(DIRECTORY_ROLE.globalAdministrator);
/** Auto-extend as configured ("PT0S"/"P0D" = off). Microsoft never extends a relationship holding Global Administrator. */
export const autoExtendConfigured = (d: string | null) => !!d && d !== "PT0S" && d !== "P0D";
export const autoExtends = (r: RelationshipFacts) => autoExtendConfigured(r.autoExtendDuration) && !holdsGlobalAdmin(r.roles);

const USABLE = new Set(["active", "expiring"]);
const PENDING = new Set(["created", "approvalPending", "approved", "activating"]);
const ENDED = new Set(["expired", "terminated", "terminating", "terminationRequested"]);

export const isUsable = (r: Pick<RelationshipFacts, "status">) => USABLE.has(r.status);
export const isPendingStatus = (s: string) => PENDING.has(s);

export interface GdapSummary {
  status: GdapStatus;
  endsAt: Date | null;
  autoExtend: boolean;
  autoExtendBlockedByGlobalAdmin: boolean;
  relationshipCount: number;
}

/**
 * One tenant's GDAP standing from all its relationships. The latest-ending usable non-MLT
 * relationship decides; MLT_ relationships (Microsoft-led, read-only roles) never count as access.
 * Legacy DAP only counts when no GDAP relationship is usable.
 */
export function summarizeGdap(rels: readonly RelationshipFacts[], hasDapContract: boolean, now: Date): GdapSummary {
  const usable = rels.filter((r) => isUsable(r) && !isMicrosoftLed(r.displayName));
  const base = { relationshipCount: rels.length };
  if (usable.length) {
    const primary = [...usable].sort((a, b) => (b.endsAt?.getTime() ?? Infinity) - (a.endsAt?.getTime() ?? Infinity))[0]!;
    const autoExtend = usable.some(autoExtends);
    const blocked = usable.some((r) => holdsGlobalAdmin(r.roles));
    const soon = primary.endsAt !== null && primary.endsAt.getTime() - now.getTime() < EXPIRING_WINDOW_DAYS * DAY_MS;
    const expiring = !autoExtends(primary) && (primary.status === "expiring" || soon);
    return { ...base, status: expiring ? "expiring" : "active", endsAt: primary.endsAt, autoExtend, autoExtendBlockedByGlobalAdmin: blocked };
  }
  const none = { ...base, endsAt: null, autoExtend: false, autoExtendBlockedByGlobalAdmin: false };
  if (hasDapContract) return { ...none, status: "dap" };
  const mlt = rels.filter((r) => isUsable(r) && isMicrosoftLed(r.displayName));
  if (mlt.length) return { ...none, status: "mlt_only", endsAt: latestEnd(mlt) };
  if (rels.some((r) => isPendingStatus(r.status))) return { ...none, status: "pending" };
  const ended = rels.filter((r) => ENDED.has(r.status));
  if (ended.length) return { ...none, status: "expired", endsAt: latestEnd(ended) };
  return { ...none, status: "none" };
}

function latestEnd(rels: readonly RelationshipFacts[]): Date | null {
  const ends = rels.flatMap((r) => (r.endsAt ? [r.endsAt.getTime()] : []));
  return ends.length ? new Date(Math.max(...ends)) : null;
}

/** Whole days until `endsAt` (negative once past), null without an end date. */
export function daysLeft(endsAt: Date | null, now: Date): number | null {
  return endsAt ? Math.ceil((endsAt.getTime() - now.getTime()) / DAY_MS) : null;
}

export interface ConsentFacts {
  samAppConsented: boolean;
  grants: readonly { resourceAppId: string; scopes: readonly string[] }[];
  errorCode: string | null;
}

/** What the app needs in every customer tenant: a Graph grant and Exchange.Manage. */
export function missingGrants(c: Pick<ConsentFacts, "grants">): string[] {
  const graph = c.grants.find((g) => g.resourceAppId === RESOURCE_APP_ID.graph);
  const exchange = c.grants.find((g) => g.resourceAppId === RESOURCE_APP_ID.exchange);
  const missing: string[] = [];
  if (!graph?.scopes.length) missing.push("Microsoft Graph");
  if (!exchange?.scopes.some((s) => s.toLowerCase() === "exchange.manage")) missing.push("Exchange.Manage");
  return missing;
}

export function consentState(c: ConsentFacts | null): ConsentState {
  if (!c || c.errorCode) return "unknown";
  if (!c.samAppConsented) return "missing";
  return missingGrants(c).length ? "partial" : "granted";
}
