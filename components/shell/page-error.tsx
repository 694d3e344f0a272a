"use client";

import { useEffect, type ReactNode } from "react";
import { RotateCw, TriangleAlert } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * The body of every error.tsx inside the shell: the technician keeps navigation and can retry.
 * Server errors arrive with only a digest (Next strips the message); the digest matches the server log.
 */
export function PageError(props: { error: Error & { digest?: string }; reset: () => void; heading: string; title: string; children?: ReactNode }) {
  const { error, reset } = props;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">{props.heading}</h1>
      <Alert variant="destructive">
        <TriangleAlert aria-hidden="true" />
        <AlertTitle>{props.title}</AlertTitle>
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
      <div className="flex gap-2">
        <Button variant="outline" onClick={reset}>
          <RotateCw aria-hidden="true" />
          Try again
        </Button>
        {props.children}
      </div>
    </div>
  );
}
