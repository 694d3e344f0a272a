"use client";

import { useCallback } from "react";
import { usePathname, useSearchParams } from "next/navigation";

import { parseApprovalFilter, type ApprovalFilter } from "./api";

export interface ApprovalsUrlState {
  status: ApprovalFilter;
  q: string;
}

/** Status and search in the URL, written the way the audit log writes its filters (replaceState). */
export function useApprovalsUrlState() {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const state: ApprovalsUrlState = { status: parseApprovalFilter(searchParams.get("status")), q: searchParams.get("q") ?? "" };

  const update = useCallback(
    (patch: Partial<ApprovalsUrlState>) => {
      const live = new URLSearchParams(window.location.search);
      const next = { status: parseApprovalFilter(live.get("status")), q: live.get("q") ?? "", ...patch };
      const qs = new URLSearchParams({ ...(next.status !== "pending" ? { status: next.status } : {}), ...(next.q ? { q: next.q } : {}) }).toString();
      window.history.replaceState(null, "", qs ? `${pathname}?${qs}` : pathname);
    },
    [pathname],
  );
  return { state, update, reset: () => update({ status: "pending", q: "" }) };
}
