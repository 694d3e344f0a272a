import Link from "next/link";
import { Building2 } from "lucide-react";

import { Button } from "@/components/ui/button";

/**
 * notFound() from a tenant's layout lands here, inside the dashboard shell. The wording covers
 * both causes on purpose: a tenant outside the technician's scope must look exactly like one
 * that does not exist.
 */
export default function TenantNotFound() {
  return (
    <div className="flex flex-col items-center gap-4 py-16 text-center" data-testid="tenant-not-found">
      <span className="flex size-12 items-center justify-center rounded-full bg-muted">
        <Building2 className="size-6 text-muted-foreground" aria-hidden="true" />
      </span>
      <p className="text-sm font-medium text-primary">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">Tenant not found</h1>
      <p className="max-w-md text-sm text-muted-foreground">
        There is no customer tenant with this ID that you can open. Check the link, or find the customer in the list.
      </p>
      <Button asChild>
        <Link href="/tenants">Go to tenants</Link>
      </Button>
    </div>
  );
}
