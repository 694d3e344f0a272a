"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { toast } from "sonner";

import { ConfirmButton } from "@/components/settings/confirm-button";
import { Button } from "@/components/ui/button";
import type { SamStatusView } from "@/lib/sam/status";
import { SamApiError, samApi } from "./sam-api";

const fail = (e: unknown) => toast.error(e instanceof SamApiError ? `${e.message}${e.fixIt ? ` ${e.fixIt}` : ""}` : "The request failed.");

/** Admin actions on the partner connection: check now, reconnect, disconnect, edit the app. */
export function ConnectionActions({ view }: { view: SamStatusView }) {
  const router = useRouter();
  const check = useMutation({
    mutationFn: () => samApi<SamStatusView>("/api/sam/check", { method: "POST" }),
    onSuccess: (v) => {
      if (v.status === "connected" && !v.lastError) toast.success("The partner token works.");
      else toast.error(v.lastError ? `The check failed: ${v.lastError.message}` : "The check did not succeed.");
      router.refresh();
    },
    onError: fail,
  });
  const linked = view.status === "connected" || view.status === "reconsent_required";
  return (
    <div className="flex flex-wrap items-center gap-2">
      {view.status === "connected" && (
        <Button type="button" variant="outline" size="sm" onClick={() => check.mutate()} disabled={check.isPending}>
          <RefreshCw aria-hidden="true" className={check.isPending ? "animate-spin" : undefined} />
          Check now
        </Button>
      )}
      <Button asChild size="sm" variant={view.status === "connected" ? "outline" : "default"}>
        <a href="/api/sam/connect">{linked || view.status === "disconnected" ? "Reconnect" : "Connect as partner admin"}</a>
      </Button>
      <Button asChild variant="outline" size="sm">
        <Link href="/setup?step=registration">Edit app registration</Link>
      </Button>
      {linked && (
        <ConfirmButton
          label="Disconnect"
          title="Disconnect the partner tenant?"
          description="The stored refresh token is deleted. Nothing can reach customer tenants until an admin connects again. The app registration is kept."
          confirmLabel="Disconnect"
          onConfirm={async () => {
            try {
              await samApi("/api/sam/disconnect", { method: "POST" });
              toast.success("Disconnected. The refresh token was deleted.");
              router.refresh();
              return true;
            } catch (e) {
              fail(e);
              return false;
            }
          }}
        />
      )}
    </div>
  );
}
