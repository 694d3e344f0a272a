"use client";

import Link from "next/link";

import { PageError } from "@/components/shell/page-error";
import { Button } from "@/components/ui/button";

/** A tenant page failed; the shell and the tenant switcher stay usable, and the way back is one click. */
export default function TenantError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageError {...props} heading="This tenant could not be shown" title="Loading the tenant failed">
      <Button asChild variant="ghost">
        <Link href="/tenants">Back to tenants</Link>
      </Button>
    </PageError>
  );
}
