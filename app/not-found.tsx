import type { Metadata } from "next";
import Link from "next/link";
import { Compass } from "lucide-react";

import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

// Rendered for any unmatched URL, outside the dashboard shell (route-group layouts do not apply).
export default function NotFound() {
  return (
    <main id="main" className="flex min-h-svh items-center justify-center p-6">
      <div className="flex max-w-md flex-col items-center gap-4 text-center">
        <span className="flex size-12 items-center justify-center rounded-full bg-muted">
          <Compass className="size-6 text-muted-foreground" aria-hidden="true" />
        </span>
        <p className="text-sm font-medium text-primary">404</p>
        <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
        <p className="text-sm text-muted-foreground">
          This page does not exist, or this part of Tenantry is not available in your version yet.
        </p>
        <Button asChild>
          <Link href="/">Back to overview</Link>
        </Button>
      </div>
    </main>
  );
}
