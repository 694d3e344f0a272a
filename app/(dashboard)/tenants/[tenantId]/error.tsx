"use client";

import { useEffect } from "react";
import Link from "next/link";
import { RotateCw, TriangleAlert } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** A tenant page failed; the shell and the tenant switcher stay usable, and the way back is one click. */
export default function TenantError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">This tenant could not be shown</h1>
      <Alert variant="destructive">
        <TriangleAlert aria-hidden="true" />
        <AlertTitle>Loading the tenant failed</AlertTitle>
        <AlertDescription>
          <p>{error.digest ? "The server hit an unexpected error." : error.message}</p>
          {error.digest && (
            <p>
              Reference <code className="font-mono text-xs">{error.digest}</code> — it appears in the server log.
            </p>
          )}
        </AlertDescription>
      </Alert>
      <div className="flex gap-2">
        <Button variant="outline" onClick={reset}>
          <RotateCw aria-hidden="true" />
          Try again
        </Button>
        <Button asChild variant="ghost">
          <Link href="/tenants">Back to tenants</Link>
        </Button>
      </div>
    </div>
  );
}
