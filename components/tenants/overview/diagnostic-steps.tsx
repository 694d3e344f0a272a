import Link from "next/link";
import { ArrowRight, CircleCheck, CircleMinus, CircleX, ExternalLink, TriangleAlert, type LucideIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import type { DiagnosticStep, FixAction, StepStatus } from "@/lib/tenants/types";
import { cn } from "@/lib/utils";

// `text` is separate from the icon colour: amber text on white misses WCAG contrast, amber icons are fine.
const STEP: Record<StepStatus, { label: string; icon: LucideIcon; className: string; text: string }> = {
  pass: { label: "Passed", icon: CircleCheck, className: "text-success", text: "text-success" },
  warn: { label: "Warning", icon: TriangleAlert, className: "text-warning", text: "text-foreground" },
  fail: { label: "Failed", icon: CircleX, className: "text-destructive", text: "text-destructive" },
  skip: { label: "Skipped", icon: CircleMinus, className: "text-muted-foreground", text: "text-muted-foreground" },
};

/** A Tenantry page opens in place; a Microsoft portal page opens in a new tab. */
function FixLink({ fix }: { fix: FixAction }) {
  const external = fix.href.startsWith("https://");
  return (
    <Button asChild size="sm" variant="outline" className="mt-2">
      {external ? (
        <a href={fix.href} target="_blank" rel="noopener noreferrer">
          {fix.label}
          <ExternalLink aria-hidden="true" />
          <span className="sr-only">(opens in a new tab)</span>
        </a>
      ) : (
        <Link href={fix.href}>
          {fix.label}
          <ArrowRight aria-hidden="true" />
        </Link>
      )}
    </Button>
  );
}

/**
 * The check chain as a vertical list: one status per step, the detail, and for a warning or
 * failure the fix-it text and — where an action fixes it — a link to that action.
 */
export function DiagnosticSteps({ steps }: { steps: DiagnosticStep[] }) {
  return (
    <ol className="relative flex flex-col" aria-label="Diagnostic steps">
      {steps.map((step, i) => {
        const s = STEP[step.status];
        const problem = step.status === "fail" || step.status === "warn";
        return (
          <li key={step.id} className="relative flex gap-3 pb-5 last:pb-0" data-testid={`diagnostic-step-${step.id}`} data-status={step.status}>
            {/* The rail connecting the icons, so the chain reads as one path from GDAP to Exchange. */}
            {i < steps.length - 1 && <span aria-hidden="true" className="absolute left-[9px] top-6 bottom-0 w-px bg-border" />}
            <s.icon className={cn("relative mt-0.5 size-[19px] shrink-0 bg-card", s.className)} aria-hidden="true" />
            <div className="flex min-w-0 flex-1 flex-col gap-1">
              <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span className="font-medium">{step.title}</span>
                <span className={cn("text-xs font-medium", s.text)}>{s.label}</span>
              </p>
              <p className="text-sm text-muted-foreground">{step.detail}</p>
              {problem && step.fixIt && (
                <div className={cn("mt-1 rounded-md border p-3 text-sm", step.status === "fail" ? "border-destructive/30 bg-destructive/5" : "border-warning/30 bg-warning/5")} data-testid="fix-it">
                  <p>
                    <span className="font-medium">Fix: </span>
                    {step.fixIt}
                  </p>
                  {step.code && <p className="mt-1 font-mono text-xs text-muted-foreground">{step.code}</p>}
                  {step.fixAction && <FixLink fix={step.fixAction} />}
                </div>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
