import { ROLE_LABELS } from "@/lib/auth/roles";
import { csvField, csvLine } from "@/lib/csv";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AUDIT_ACTIONS, type AuditAction } from "./events";
import type { AuditFilters } from "./filters";
import { presentAuditRows } from "./present";
import { iterateAuditEvents } from "./queries";
import type { AuditScope } from "./scope";
import type { AuditEventView } from "./types";

export const AUDIT_CSV_COLUMNS = [
  "id", "at", "actor", "actorUpn", "role", "tenant", "tenantId", "action", "actionLabel",
  "target", "outcome", "ticket", "requestIds", "detail",
] as const;

export { csvField, csvLine };

/** "key: value; other: {…}" — readable in one cell; the ticket has its own column. */
export function detailSummary(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .filter(([key, value]) => key !== "ticket" && value !== undefined)
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join("; ");
}

function actorCell(a: AuditEventView["actor"]): string {
  const name = a.displayName ?? a.name ?? "";
  if (a.type === "api_key") return `${name} (API key)`;
  return a.type === "system" ? name || "system" : name;
}

export function auditCsvRow(e: AuditEventView): string {
  return csvLine([
    e.id,
    e.at,
    actorCell(e.actor),
    e.actor.upn,
    e.actor.role ? ROLE_LABELS[e.actor.role] : "",
    e.tenant?.name ?? "",
    e.tenant?.id ?? "",
    e.action,
    AUDIT_ACTIONS[e.action as AuditAction] ?? "",
    e.target,
    e.outcome,
    e.ticket,
    e.requestIds.join(" "),
    detailSummary(e.detail),
  ]);
}

/**
 * The filtered log as CSV, streamed a batch at a time so a year of events never sits in memory.
 * Starts with a UTF-8 byte-order mark, without which Excel mangles names such as "Zoë".
 */
export function auditCsvStream(prisma: PrismaClient, scope: AuditScope, filters: AuditFilters, batchSize = 500): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let batches: AsyncGenerator<AuditEventView[]> | undefined;
  async function* presented(): AsyncGenerator<AuditEventView[]> {
    for await (const rows of iterateAuditEvents(prisma, scope, filters, batchSize)) yield await presentAuditRows(prisma, rows);
  }
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLine([...AUDIT_CSV_COLUMNS])}`));
      batches = presented();
    },
    async pull(controller) {
      const next = await batches!.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map(auditCsvRow).join("")));
    },
    async cancel() {
      await batches?.return(undefined);
    },
  });
}

export const auditCsvFilename = (now = new Date()) => `tenantry-audit-${now.toISOString().slice(0, 16).replace(/[:T]/g, "-")}.csv`;
