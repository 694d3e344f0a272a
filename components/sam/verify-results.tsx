import { CircleCheck, CircleX } from "lucide-react";

import type { VerifyCheck } from "@/lib/sam/verify";

/** The three checks, each with its outcome; a failed customer attempt shows its own fix-it. */
export function VerifyResults({ checks }: { checks: VerifyCheck[] }) {
  return (
    <ol className="flex flex-col gap-3" aria-label="Verification results">
      {checks.map((check) => (
        <li key={check.id} className="flex gap-3 rounded-lg border p-3" data-testid={`check-${check.id}`}>
          {check.ok ? <CircleCheck className="mt-0.5 size-5 shrink-0 text-success" aria-label="Passed" /> : <CircleX className="mt-0.5 size-5 shrink-0 text-destructive" aria-label="Failed" />}
          <div className="flex min-w-0 flex-col gap-1 text-sm">
            <p className="font-medium">{check.title}</p>
            <p>{check.detail}</p>
            {check.error && <Failure error={check.error} />}
            {check.attempts && check.attempts.some((a) => !a.ok) && (
              <ul className="mt-1 flex flex-col gap-1.5 border-l pl-3" aria-label="Customers tried">
                {check.attempts.map((a) => (
                  <li key={a.tenantId}>
                    <span className="font-medium">{a.displayName}</span>: {a.ok ? "token minted" : "failed"}
                    {a.error && <Failure error={a.error} />}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

function Failure({ error }: { error: NonNullable<VerifyCheck["error"]> }) {
  return (
    <div className="text-muted-foreground">
      <p>
        <span className="font-mono text-xs">{error.code}</span> {error.message}
      </p>
      {error.fixIt && <p>How to fix: {error.fixIt}</p>}
    </div>
  );
}
