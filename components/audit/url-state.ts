/**
 * The audit page's filters as they live in the URL, in the API's own parameter names, so the
 * address bar, the JSON list, the CSV link and the server prefetch all say the same thing. Pure
 * and client-safe. Free-text filters are kept whole (an actor called "Gu, Lee" has a comma).
 */
export const AUDIT_LIST_KEYS = ["tenant", "action", "outcome"] as const;
export const AUDIT_TEXT_KEYS = ["actor", "from", "to", "ticket", "q"] as const;

type ListKey = (typeof AUDIT_LIST_KEYS)[number];
type TextKey = (typeof AUDIT_TEXT_KEYS)[number];

export type AuditUrlState = Record<ListKey, string[]> & Record<TextKey, string> & { hidden: string[] };

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function read(source: ParamSource, key: string): string {
  if (source instanceof URLSearchParams) return source.get(key) ?? "";
  const value = source[key];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

const list = (value: string) => value.split(",").map((v) => v.trim()).filter(Boolean);

export function parseAuditUrl(source: ParamSource): AuditUrlState {
  const state = { hidden: list(read(source, "hide")) } as AuditUrlState;
  for (const key of AUDIT_LIST_KEYS) state[key] = list(read(source, key));
  for (const key of AUDIT_TEXT_KEYS) state[key] = read(source, key).trim();
  return state;
}

/** The filters only: the API's query string (list and CSV) and the query key. */
export function auditApiParams(state: AuditUrlState): string {
  const params = new URLSearchParams();
  for (const key of AUDIT_TEXT_KEYS) if (state[key]) params.set(key, state[key]);
  for (const key of AUDIT_LIST_KEYS) if (state[key].length) params.set(key, state[key].join(","));
  params.sort();
  return params.toString();
}

/** For the address bar: the filters plus view state (hidden columns). */
export function auditUrlParams(state: AuditUrlState): string {
  const params = new URLSearchParams(auditApiParams(state));
  if (state.hidden.length) params.set("hide", state.hidden.join(","));
  return params.toString();
}

export const hasAuditFilters = (state: AuditUrlState) => auditApiParams(state) !== "";
