import { CircleAlert } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

/** A partner-connection failure: what happened, and — always — what to do about it. */
export function ErrorAlert({ title, error }: { title: string; error: { message: string; fixIt?: string; code?: string } }) {
  return (
    <Alert variant="destructive">
      <CircleAlert aria-hidden="true" />
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>
        <p>{error.message}</p>
        {error.fixIt && (
          <p>
            <span className="font-medium text-foreground">How to fix: </span>
            {error.fixIt}
          </p>
        )}
        {error.code && <p className="font-mono text-xs">{error.code}</p>}
      </AlertDescription>
    </Alert>
  );
}
