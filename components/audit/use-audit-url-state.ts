"use client";

import { useCallback, useMemo } from "react";
import { usePathname, useSearchParams } from "next/navigation";

import { auditUrlParams, parseAuditUrl, type AuditUrlState } from "./url-state";

/**
 * The audit filters read from and written to the URL, the same way the shared data table does it
 * (history.replaceState, which Next's router observes without a server round trip). Separate from
 * useTableUrlState because the audit list pages by cursor, not page number, and its free-text
 * filters must keep their commas.
 */
export function useAuditUrlState() {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const state = useMemo(() => parseAuditUrl(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<AuditUrlState>) => {
      // The live URL, not the render's snapshot, so two quick updates never overwrite each other.
      const next = { ...parseAuditUrl(new URLSearchParams(window.location.search)), ...patch };
      const qs = auditUrlParams(next);
      // null, not window.history.state: Next skips syncing useSearchParams for state carrying its
      // own __NA marker, and copies its internal fields over from the current entry by itself.
      window.history.replaceState(null, "", qs ? `${pathname}?${qs}` : pathname);
    },
    [pathname],
  );

  const reset = useCallback(
    () => update({ tenant: [], action: [], outcome: [], actor: "", from: "", to: "", ticket: "", q: "" }),
    [update],
  );

  return { state, update, reset };
}
