/** Access diagnostics and run progress: part of the tenants API contract (re-exported by ./types). */
import type { AccessStatus } from "./types";

export const DIAGNOSTIC_STEP_IDS = [
  "gdap.active",
  "gdap.roles",
  "gdap.assignments",
  "consent.present",
  "token.graph",
  "token.exchange",
  "token.partnerCenter",
  "exchange.reachable",
] as const;
export type DiagnosticStepId = (typeof DIAGNOSTIC_STEP_IDS)[number];
export type StepStatus = "pass" | "warn" | "fail" | "skip";

export interface FixAction {
  action: string; // e.g. "gdap.request", "sam.reconnect"
  label: string;
  href: string; // a Tenantry page, or an https Microsoft portal page (opens in a new tab)
}

export interface DiagnosticStep {
  id: DiagnosticStepId;
  title: string;
  status: StepStatus;
  detail: string;
  /** Our error code (lib/errors.ts) when a Microsoft call failed. */
  code?: string;
  fixIt?: string;
  fixAction?: FixAction;
}

/** POST /api/v1/tenants/{id}/diagnostics answers this; GET answers `{ diagnostics: TenantDiagnostics | null }`. */
export interface TenantDiagnostics {
  tenantId: string;
  runId: string | null; // bulk run id, null for on-demand
  checkedAt: string;
  status: AccessStatus; // healthy | warning | failing
  steps: DiagnosticStep[];
}

/**
 * GET /api/v1/diagnostics-runs/{runId} and GET /api/v1/sync-runs/{runId}; also `{ run: RunProgress | null }`
 * from GET /api/v1/tenants/sync and GET /api/v1/tenants/diagnostics (the latest run).
 * Sync: `failed` = tenants whose own data could not be read (their error is in `errors`).
 * Diagnostics: `failed` = tenants whose access is failing (first failing step in `errors`).
 */
export interface RunProgress {
  id: string;
  kind: "tenants.sync" | "tenants.diagnostics";
  status: "queued" | "running" | "succeeded" | "failed";
  startedAt: string;
  finishedAt: string | null;
  total: number;
  done: number;
  failed: number;
  errors: { tenantId?: string; code: string; message: string }[];
}

/** 202 from POST /api/v1/tenants/sync and POST /api/v1/tenants/diagnostics. */
export interface StartedRun {
  runId: string;
  /** a run of this kind was already queued or running: that one's id is returned */
  alreadyRunning: boolean;
}
