"use client";

import { useEffect } from "react";
import { RotateCw, TriangleAlert } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * A page failed while the shell stayed up: the technician keeps navigation and can retry. Server
 * errors arrive here with only a digest (Next strips the message); the digest matches the server log.
 */
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <Alert variant="destructive">
        <TriangleAlert aria-hidden="true" />
        <AlertTitle>This page could not be loaded</AlertTitle>
        <AlertDescription>
          <p>{error.digest ? "The server hit an unexpected error." : error.message}</p>
          {error.digest && (
            <p>
              Reference <code className="font-mono text-xs">{error.digest}</code> — quote it when reporting the
              problem; it appears in the server log.
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
