"use client";

import { PageError } from "@/components/shell/page-error";

/** A page failed while the shell stayed up. */
export default function DashboardError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError {...props} heading="Something went wrong" title="This page could not be loaded" />;
}
