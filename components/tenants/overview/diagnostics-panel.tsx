"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Activity, Loader2 } from "lucide-react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import type { TenantDetail, TenantDiagnostics, TenantView } from "@/lib/tenants/types";
import { runDiagnostics, tenantKeys } from "../api";
import { formatAgo, formatDateTime } from "../format";
import { ACCESS_OPTIONS } from "../options";
import { StatusBadge } from "../status-badge";
import { DiagnosticSteps } from "./diagnostic-steps";
import { Section, SectionEmpty } from "./section";

/** "Why can't I reach this tenant?": runs the check chain on demand and shows the last result. */
export function DiagnosticsPanel({ tenant, canRun }: { tenant: TenantDetail; canRun: boolean }) {
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: () => runDiagnostics(tenant.id),
    onSuccess: (result: TenantDiagnostics) => {
      // Show the result at once, then let the list and the detail refetch the stored state.
      queryClient.setQueryData<TenantView>(tenantKeys.detail(tenant.id), (old) =>
        !old?.configurationVisible ? old : { ...old, diagnostics: result, access: { status: result.status, failingStep: result.steps.find((s) => s.status === "fail")?.id ?? null, checkedAt: result.checkedAt } },
      );
      void queryClient.invalidateQueries({ queryKey: tenantKeys.lists() });
    },
    onError: (error) => toast.error(error instanceof Error ? error.message : "Diagnostics could not run."),
  });
  const diag = tenant.diagnostics;
  const action = canRun && (
    <Button size="sm" onClick={() => run.mutate()} disabled={run.isPending}>
      {run.isPending ? <Loader2 className="animate-spin" aria-hidden="true" /> : <Activity aria-hidden="true" />}
      {run.isPending ? "Running…" : diag ? "Run again" : "Run diagnostics"}
    </Button>
  );
  return (
    <Section
      id="tenant-diagnostics"
      title="Access diagnostics"
      description="GDAP → roles → partner groups → consent → tokens → Exchange: where the chain breaks, and how to fix it."
      action={action}
    >
      <div aria-live="polite" aria-busy={run.isPending} className="flex flex-col gap-4">
        {run.isPending && <p className="text-sm text-muted-foreground" role="status">Running the checks against Microsoft…</p>}
        {!diag ? (
          !run.isPending && (
            <SectionEmpty>
              Not checked yet.{canRun ? " Run diagnostics to test every step Tenantry needs to manage this tenant." : " A technician or admin can run the checks."}
            </SectionEmpty>
          )
        ) : (
          <>
            <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="diagnostics-summary">
              <StatusBadge option={ACCESS_OPTIONS[diag.status]} />
              <span className="text-muted-foreground" title={formatDateTime(diag.checkedAt)} suppressHydrationWarning>
                Checked {formatAgo(diag.checkedAt)}
              </span>
            </div>
            <DiagnosticSteps steps={diag.steps} />
          </>
        )}
      </div>
    </Section>
  );
}
