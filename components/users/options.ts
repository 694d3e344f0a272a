import { CircleCheck, CircleSlash, UserRound, UserRoundPlus } from "lucide-react";

import type { TableUrlConfig } from "@/components/data-table/url-state";
import type { StatusOption } from "@/components/tenants/options";
import type { UserFilter } from "@/lib/microsoft/graph/user-reads";

// The users list's URL and facets. Each facet is one of the API's fixed enums (?account=, ?type=),
// single-select because each maps to one Graph $filter clause.

type Account = NonNullable<UserFilter["account"]>;
type UserType = NonNullable<UserFilter["type"]>;

export const ACCOUNT_OPTIONS: Record<Account, StatusOption<Account>> = {
  enabled: { value: "enabled", label: "Sign-in allowed", tone: "success", icon: CircleCheck },
  blocked: { value: "blocked", label: "Sign-in blocked", tone: "destructive", icon: CircleSlash },
};

export const TYPE_OPTIONS: Record<UserType, StatusOption<UserType>> = {
  member: { value: "member", label: "Member", tone: "outline", icon: UserRound },
  guest: { value: "guest", label: "Guest", tone: "secondary", icon: UserRoundPlus },
};

export const USER_FACETS = [
  { key: "account", title: "Sign-in", options: ACCOUNT_OPTIONS },
  { key: "type", title: "User type", options: TYPE_OPTIONS },
] as const;

/** Graph decides the order (no sort), and paging is by cursor: only search, facets and hidden columns live in the URL. */
export const USER_TABLE: TableUrlConfig = {
  filterKeys: USER_FACETS.map((f) => f.key),
  sorts: ["displayName"],
  defaultSort: "displayName",
  defaultDir: "asc",
  pageSizes: [50],
  defaultPageSize: 50,
};

/** The API's filter parameters for a table query (search + one value per facet). */
export function userApiParams(q: { q: string; filters: Record<string, string[]> }): string {
  const params = new URLSearchParams();
  if (q.q) params.set("search", q.q);
  for (const { key, options } of USER_FACETS) {
    const value = q.filters[key]?.[0];
    if (value && Object.hasOwn(options, value)) params.set(key, value);
  }
  return params.toString();
}
