"use client";

import { useMutation } from "@tanstack/react-query";
import { LoaderCircle, ShieldAlert, ShieldCheck } from "lucide-react";

import { Button } from "@/components/ui/button";
import type { AuditVerifyView } from "@/lib/audit/types";
import { fetchAuditVerify } from "./api";

const REASONS = {
  hash_mismatch: "its contents were changed after it was written",
  prev_hash_mismatch: "the event before it was changed or removed",
} as const;

const count = new Intl.NumberFormat("en-US");

function Result({ result }: { result: AuditVerifyView }) {
  if (result.ok) {
    return (
      <span className="flex items-center gap-1.5 text-sm text-success">
        <ShieldCheck className="size-4" aria-hidden="true" />
        Intact: {count.format(result.checked)} events checked
      </span>
    );
  }
  return (
    <span className="flex items-center gap-1.5 text-sm text-destructive">
      <ShieldAlert className="size-4" aria-hidden="true" />
      Broken at event {result.brokenAt?.id}: {result.brokenAt ? REASONS[result.brokenAt.reason] : "unknown reason"} ({count.format(result.checked)} checked before it)
    </span>
  );
}

/** Admins only (the route refuses others): walks the hash chain and says whether anyone edited it. */
export function VerifyIntegrity() {
  const verify = useMutation({ mutationFn: fetchAuditVerify });
  return (
    <div className="flex flex-wrap items-center justify-end gap-3">
      <div role="status" aria-live="polite" data-testid="audit-verify-result">
        {verify.data && <Result result={verify.data} />}
        {verify.error && <span className="text-sm text-destructive">Could not verify: {verify.error.message}</span>}
      </div>
      <Button variant="outline" onClick={() => verify.mutate()} disabled={verify.isPending}>
        {verify.isPending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : <ShieldCheck aria-hidden="true" />}
        Verify integrity
      </Button>
    </div>
  );
}
