"use client";

import { useIsFetching } from "@tanstack/react-query";
import { useId, useState } from "react";

import { useSettledValue } from "@/components/data-table/use-settled-value";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { GroupRow } from "@/lib/microsoft/graph/group-reads";
import { useGroups } from "./api";
import { Loading } from "./loading";

interface Props {
  tenantId: string;
  /** checkboxes when several may be picked, radios for one */
  multiple: boolean;
  selected: readonly string[];
  onChange(ids: string[]): void;
  /** groups the user is already in: shown, not pickable */
  member?: ReadonlySet<string>;
  label: string;
}

const SEARCH_RE = /^[\p{L}\p{N} ._@-]*$/u;

/** Search the tenant's groups by name or mail and pick one or several; dynamic groups say why they cannot be picked. */
export function GroupSearch({ tenantId, multiple, selected, onChange, member, label }: Props) {
  const id = useId();
  const [text, setText] = useState("");
  const typed = text.trim();
  const valid = SEARCH_RE.test(typed);
  const busy = useIsFetching({ queryKey: ["tenants", tenantId, "groups"] }) > 0;
  const search = useSettledValue(valid ? typed : "", busy);
  const groups = useGroups(tenantId, search);
  const pick = (g: GroupRow, on: boolean) => onChange(multiple ? (on ? [...selected, g.id] : selected.filter((x) => x !== g.id)) : on ? [g.id] : []);

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1.5 text-sm font-medium">{label}</legend>
      <Input type="search" aria-label="Search groups" placeholder="Search groups by name or mail" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={!valid || undefined} aria-describedby={valid ? undefined : `${id}-err`} />
      {!valid && (
        <p id={`${id}-err`} className="text-xs text-destructive">
          Search may hold letters, digits, spaces and . _ @ - only.
        </p>
      )}
      {groups.isPending ? (
        <Loading className="h-24 w-full" label="Loading groups" />
      ) : groups.isError ? (
        <p role="alert" className="flex items-center gap-2 text-sm text-destructive">
          Could not search the groups: {groups.error.message}
          <Button type="button" variant="outline" size="sm" onClick={() => void groups.refetch()}>
            Retry
          </Button>
        </p>
      ) : !groups.data.length ? (
        <p className="rounded-md border border-dashed p-3 text-center text-sm text-muted-foreground">{search ? `No group matches “${search}”.` : "This tenant has no groups."}</p>
      ) : (
        <ul className="flex max-h-56 flex-col divide-y overflow-y-auto rounded-md border text-sm" aria-label="Groups" aria-busy={busy}>
          {groups.data.map((g) => {
            const why = member?.has(g.id) ? "already a member" : g.dynamic ? "dynamic membership: Entra picks the members" : null;
            return (
              <li key={g.id}>
                <label className={`flex items-center gap-2 px-3 py-2 ${why ? "text-muted-foreground" : "cursor-pointer hover:bg-muted/50"}`}>
                  <input type={multiple ? "checkbox" : "radio"} name={`${id}-group`} value={g.id} disabled={!!why} checked={selected.includes(g.id)} onChange={(e) => pick(g, e.target.checked)} />
                  <span className="truncate font-medium">{g.displayName}</span>
                  <span className="ml-auto shrink-0 text-xs text-muted-foreground">{why ?? g.kind}</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {multiple && selected.length > 0 && <p className="text-xs text-muted-foreground">{selected.length} selected</p>}
    </fieldset>
  );
}
