"use client";

import { useEffect } from "react";
import { RotateCw, TriangleAlert } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The tenants area failed to render (the list itself retries on its own inside the table). */
export default function TenantsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Tenants could not be loaded</h1>
      <Alert variant="destructive">
        <TriangleAlert aria-hidden="true" />
        <AlertTitle>Something went wrong</AlertTitle>
        <AlertDescription>
          <p>{error.digest ? "The server hit an unexpected error." : error.message}</p>
          {error.digest && (
            <p>
              Reference <code className="font-mono text-xs">{error.digest}</code> — it appears in the server log.
            </p>
          )}
        </AlertDescription>
      </Alert>
      <div>
        <Button variant="outline" onClick={reset}>
          <RotateCw aria-hidden="true" />
          Try again
        </Button>
      </div>
    </div>
  );
}
