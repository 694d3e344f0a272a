"use client";

import { useRouter } from "next/navigation";

import type { ApprovalPolicy } from "@/lib/actions/approval-policy";
import { apiFetch } from "@/lib/api/client";

/** Replaces the whole policy (the API takes it whole) and refreshes the server-rendered rules. */
export function useSavePolicy() {
  const router = useRouter();
  return async (policy: ApprovalPolicy) => {
    await apiFetch("/api/v1/settings/approval-policy", { method: "PUT", body: policy });
    router.refresh();
  };
}
