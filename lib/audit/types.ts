import type { Role } from "@/lib/auth/roles";
import type { AuditOutcome } from "./events";

// The audit API's JSON, shared by the route, the CSV writer and the page. Client-safe.

export interface AuditEventView {
  /** Database id as a string (a bigint does not survive JSON). */
  id: string;
  at: string;
  actor: {
    type: "user" | "api_key" | "system";
    id: string | null;
    /** The name recorded with the event (hash-protected). */
    name: string | null;
    /** The person's current display name and UPN, when the actor is a known Tenantry user. */
    displayName: string | null;
    upn: string | null;
    role: Role | null;
  };
  /** The customer tenant acted on; `name` is null when the tenant is not (or no longer) synced. */
  tenant: { id: string; name: string | null } | null;
  /** An AuditAction id; rows written by other versions may carry ids this build does not know. */
  action: string;
  target: string | null;
  outcome: AuditOutcome;
  ticket: string | null;
  /** As the writer stored it (already redacted), minus any field named like a secret. */
  detail: Record<string, unknown>;
  requestIds: string[];
  hash: string;
  prevHash: string | null;
}

export interface AuditPage {
  items: AuditEventView[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export interface AuditVerifyView {
  ok: boolean;
  checked: number;
  brokenAt?: { id: string; reason: "hash_mismatch" | "prev_hash_mismatch" };
}

/** A customer tenant the viewer may filter by. */
export interface AuditTenantOption {
  id: string;
  name: string;
}
