import { z } from "zod";

import { zodFields } from "@/lib/api/errors";
import { AppError } from "@/lib/errors";
import { AUDIT_OUTCOMES, type AuditOutcome } from "./events";

/**
 * The audit list's filters as they arrive in a query string, shared by the JSON list, the CSV export
 * and the page's server prefetch. Lists are comma-separated. An action ending in "." is a prefix
 * ("user." = every user action). Dates are UTC days (the page shows times in UTC); `to` as a day
 * includes that whole day, as an ISO date-time it is inclusive to the millisecond.
 */
export interface AuditFilters {
  actor?: string;
  tenantIds?: string[];
  actions?: string[];
  outcomes?: AuditOutcome[];
  from?: Date;
  /** Exclusive upper bound, derived from `to`. */
  until?: Date;
  ticket?: string;
  q?: string;
}

export interface AuditPageRequest {
  filters: AuditFilters;
  cursor?: AuditCursor;
  limit: number;
}

export interface AuditCursor {
  at: Date;
  id: bigint;
}

export const DEFAULT_AUDIT_LIMIT = 50;
export const MAX_AUDIT_LIMIT = 200;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACTION = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*\.?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) => s.split(",").map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(item).max(50, "At most 50 values."));

/** A UTC day or an ISO date-time with an offset, as [start, exclusive end]. */
const instant = z.string().transform((s, ctx) => {
  const isDay = DAY.test(s);
  if (!isDay && !z.iso.datetime({ offset: true }).safeParse(s).success) {
    ctx.addIssue({ code: "custom", message: "Use a date (2025-03-31) or an ISO date-time with a time zone." });
    return z.NEVER;
  }
  const start = new Date(isDay ? `${s}T00:00:00.000Z` : s);
  if (Number.isNaN(start.getTime()) || (isDay && start.toISOString().slice(0, 10) !== s)) {
    ctx.addIssue({ code: "custom", message: "This is not a real date." });
    return z.NEVER;
  }
  return { start, end: new Date(start.getTime() + (isDay ? DAY_MS : 1)) };
});

const text = (max: number) => z.string().max(max, `At most ${max} characters.`);

const filterShape = {
  actor: text(200).optional(),
  tenant: list(z.string().regex(GUID, "Tenant ids are GUIDs.").transform((s) => s.toLowerCase())).optional(),
  action: list(z.string().max(100).regex(ACTION, "Use an action id such as auth.sign_in, or a prefix such as auth.")).optional(),
  outcome: list(z.enum(AUDIT_OUTCOMES, { message: `One of: ${AUDIT_OUTCOMES.join(", ")}.` })).optional(),
  from: instant.optional(),
  to: instant.optional(),
  ticket: text(100).optional(),
  q: text(200).optional(),
};

const cursor = z.string().transform((s, ctx) => {
  const decoded = decodeCursor(s);
  if (!decoded) ctx.addIssue({ code: "custom", message: "This cursor is not one the API returned." });
  return decoded ?? z.NEVER;
});

type Range = { start: Date; end: Date };
const inOrder = (v: { from?: Range; to?: Range }, ctx: z.RefinementCtx) => {
  if (v.from && v.to && v.from.start >= v.to.end) ctx.addIssue({ code: "custom", path: ["to"], message: "Must not be before from." });
};

const filterSchema = z.strictObject(filterShape).superRefine(inOrder);
const pageSchema = z
  .strictObject({
    ...filterShape,
    cursor: cursor.optional(),
    limit: z.coerce.number().int("A whole number.").min(1).max(MAX_AUDIT_LIMIT, `At most ${MAX_AUDIT_LIMIT}.`).default(DEFAULT_AUDIT_LIMIT),
  })
  .superRefine(inOrder);

type Parsed = z.output<typeof filterSchema>;

function toFilters(p: Parsed): AuditFilters {
  return {
    actor: p.actor,
    tenantIds: p.tenant?.length ? p.tenant : undefined,
    actions: p.action?.length ? p.action : undefined,
    outcomes: p.outcome?.length ? p.outcome : undefined,
    from: p.from?.start,
    until: p.to?.end,
    ticket: p.ticket,
    q: p.q,
  };
}

/** Empty parameters mean "no filter", so a form can submit blank fields. */
function entries(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries([...params].map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== ""));
}

function parse<S extends z.ZodType>(schema: S, params: URLSearchParams): z.output<S> {
  const parsed = schema.safeParse(entries(params));
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some filters are invalid.", { fields: zodFields(parsed.error) });
  return parsed.data;
}

export const parseAuditFilters = (params: URLSearchParams): AuditFilters => toFilters(parse(filterSchema, params));

export function parseAuditPage(params: URLSearchParams): AuditPageRequest {
  const p = parse(pageSchema, params);
  return { filters: toFilters(p), cursor: p.cursor, limit: p.limit };
}

export const encodeCursor = (c: AuditCursor): string => Buffer.from(`${c.at.getTime()}:${c.id}`).toString("base64url");

export function decodeCursor(s: string): AuditCursor | null {
  const match = /^(\d{1,15}):(\d{1,19})$/.exec(Buffer.from(s, "base64url").toString());
  return match ? { at: new Date(Number(match[1])), id: BigInt(match[2]!) } : null;
}
