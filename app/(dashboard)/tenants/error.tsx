"use client";

import { PageError } from "@/components/shell/page-error";

/** The tenants area failed to render (the list itself retries on its own inside the table). */
export default function TenantsError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError {...props} heading="Tenants could not be loaded" title="Something went wrong" />;
}
