"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { ShieldCheck } from "lucide-react";

import { Button } from "@/components/ui/button";
import type { VerifyResult } from "@/lib/sam/verify";
import { ErrorAlert } from "./error-alert";
import { SamApiError, samApi } from "./sam-api";
import { VerifyResults } from "./verify-results";

/** Step 3. Runs on arrival from the consent callback, and again on demand. */
export function VerifyStep({ autoRun }: { autoRun: boolean }) {
  const router = useRouter();
  const verify = useMutation<VerifyResult, SamApiError>({
    mutationFn: () => samApi<VerifyResult>("/api/sam/verify", { method: "POST" }),
    onSettled: () => router.refresh(),
  });
  const started = useRef(false);
  useEffect(() => {
    if (autoRun && !started.current) {
      started.current = true;
      verify.mutate();
    }
  }, [autoRun, verify]);

  return (
    <div className="flex flex-col gap-5">
      <p className="text-sm text-muted-foreground">
        Tenantry mints a Graph token for the partner tenant, counts your GDAP customers with it, then mints a token in one customer tenant.
      </p>
      {verify.error && <ErrorAlert title="Verification could not run" error={verify.error} />}
      {verify.data && (
        <>
          <VerifyResults checks={verify.data.checks} />
          <p role="status" className="text-sm font-medium">
            {verify.data.ok ? "Everything works: Tenantry can reach your customers." : "Some checks failed; fix them and run the checks again."}
          </p>
        </>
      )}
      {verify.isPending && (
        <p role="status" className="text-sm text-muted-foreground">
          Checking with Microsoft…
        </p>
      )}
      <div>
        <Button type="button" variant={verify.data?.ok ? "outline" : "default"} onClick={() => verify.mutate()} disabled={verify.isPending}>
          <ShieldCheck aria-hidden="true" />
          {verify.data ? "Run the checks again" : "Run the checks"}
        </Button>
      </div>
    </div>
  );
}
