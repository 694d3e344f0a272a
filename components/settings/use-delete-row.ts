"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { apiFetch } from "@/lib/api/client";

/**
 * Deletes one settings row through the API, toasts the outcome and refreshes the server-rendered
 * table. Resolves true on success so the confirm button can close.
 */
export function useDeleteRow() {
  const router = useRouter();
  return async (url: string, copy: { success: string; failure: string }): Promise<boolean> => {
    try {
      await apiFetch(url, { method: "DELETE" });
      toast.success(copy.success);
      router.refresh();
      return true;
    } catch (error) {
      toast.error(error instanceof Error ? error.message : copy.failure);
      return false;
    }
  };
}
