import { scopePredicate, type TenantScope } from "../scope";
import { daysLeft } from "../status";
import { ACCESS_STATUSES, CONSENT_STATES, GDAP_STATUSES, type TenantListFacets, type TenantRow } from "../types";
import type { ListFilters } from "./params";
import type { ListEntry, Snapshot } from "./snapshot";

// Severity order, so `sort=accessStatus&dir=desc` puts failing tenants first.
const ACCESS_RANK = { unknown: 0, healthy: 1, warning: 2, failing: 3 } as const;

type Facet = "gdap" | "consent" | "access" | "tag";

export interface Filtered {
  /** rows passing every filter, in sort order */
  rows: ListEntry[];
  facets: TenantListFacets;
}

/**
 * One pass over the sorted snapshot: rows that pass all filters, and per facet the counts with
 * every other filter applied (so a faceted filter shows what choosing a value would give).
 */
export function filterSnapshot(snap: Snapshot, scope: TenantScope, f: ListFilters): Filtered {
  const visible = scopePredicate(scope);
  const facets: TenantListFacets = { gdap: zeros(GDAP_STATUSES), consent: zeros(CONSENT_STATES), access: zeros(ACCESS_STATUSES), tags: {} };
  const want = { gdap: new Set<string>(f.gdap), consent: new Set<string>(f.consent), access: new Set<string>(f.access), tag: new Set(f.tag) };
  const rows: ListEntry[] = [];
  for (const e of sorted(snap, f)) {
    const r = e.row;
    if (!visible(r) || (!f.includeRemoved && r.removedAt) || (f.q && !e.haystack.includes(f.q))) continue;
    const miss: Facet[] = [];
    if (want.gdap.size && !want.gdap.has(r.gdap.status)) miss.push("gdap");
    if (want.consent.size && !want.consent.has(r.consent)) miss.push("consent");
    if (want.access.size && !want.access.has(r.access.status)) miss.push("access");
    if (want.tag.size && !r.tags.some((t) => want.tag.has(t))) miss.push("tag");
    if (miss.length > 1) continue;
    const only = miss[0];
    if (!only) rows.push(e);
    if (!only || only === "gdap") facets.gdap[r.gdap.status]++;
    if (!only || only === "consent") facets.consent[r.consent]++;
    if (!only || only === "access") facets.access[r.access.status]++;
    if (!only || only === "tag") for (const t of r.tags) facets.tags[t] = (facets.tags[t] ?? 0) + 1;
  }
  return { rows, facets };
}

/** The row as the API returns it, with the time-dependent daysLeft filled in. */
export function present(e: ListEntry, now: Date): TenantRow {
  const endsAt = e.endsAtMs === null ? null : new Date(e.endsAtMs);
  return { ...e.row, gdap: { ...e.row.gdap, daysLeft: daysLeft(endsAt, now) } };
}

function sorted(snap: Snapshot, f: ListFilters): ListEntry[] {
  const key = `${f.sort}:${f.dir}`;
  let out = snap.sorted.get(key);
  if (!out) {
    out = [...snap.entries].sort(comparator(f));
    snap.sorted.set(key, out);
  }
  return out;
}

function comparator(f: ListFilters): (a: ListEntry, b: ListEntry) => number {
  const sign = f.dir === "desc" ? -1 : 1;
  const byName = (a: ListEntry, b: ListEntry) => (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : a.row.id < b.row.id ? -1 : 1);
  // Tenants without a value (no end date, never synced) go last in both directions.
  const nullable = (get: (e: ListEntry) => number | null) => (a: ListEntry, b: ListEntry) => {
    const x = get(a);
    const y = get(b);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return x === y ? byName(a, b) : sign * (x - y);
  };
  switch (f.sort) {
    case "displayName":
      return (a, b) => sign * byName(a, b);
    case "gdapEndsAt":
      return nullable((e) => e.endsAtMs);
    case "syncedAt":
      return nullable((e) => e.syncedAtMs);
    case "accessStatus":
      return nullable((e) => ACCESS_RANK[e.row.access.status]);
  }
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}
