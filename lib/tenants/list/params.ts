import { z } from "zod";
import { ACCESS_STATUSES, CONSENT_STATES, GDAP_STATUSES, MAX_PAGE_SIZE, TENANT_SORTS, type AccessStatus, type ConsentState, type GdapStatus, type SortDir, type TenantSort } from "../types";

/** Parsed list filters. Facet filters accept one value or a comma list (OR within a facet). */
export interface ListFilters {
  q: string;
  gdap: GdapStatus[];
  consent: ConsentState[];
  access: AccessStatus[];
  tag: string[];
  sort: TenantSort;
  dir: SortDir;
  page: number;
  pageSize: number;
  includeRemoved: boolean;
}

const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",").map((s) => s.trim()).filter(Boolean) : []))
    .pipe(z.array(z.enum(values)));

const schema = z.object({
  q: z.string().max(200).optional().transform((v) => (v ?? "").trim().toLowerCase()),
  gdap: list(GDAP_STATUSES),
  consent: list(CONSENT_STATES),
  access: list(ACCESS_STATUSES),
  tag: z.string().max(500).optional().transform((v) => (v ? v.split(",").map((s) => s.trim()).filter(Boolean) : [])),
  sort: z.enum(TENANT_SORTS).default("displayName"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  includeRemoved: z.enum(["true", "false", "1", "0"]).optional().transform((v) => v === "true" || v === "1"),
});

/** URL query → filters; unknown values are a 400 with the offending fields (zod error, apiRoute maps it). */
export function parseListParams(params: URLSearchParams): ListFilters {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const v = params.get(key);
    if (v !== null && v !== "") raw[key] = v;
  }
  return schema.parse(raw);
}
