import type { Metadata } from "next";
import Link from "next/link";

import { ConnectPartnerCard } from "@/components/setup/connect-partner-card";
import { PrerequisitesCard } from "@/components/setup/prerequisites-card";
import { ConnectionBadge } from "@/components/sam/connection-badge";
import { NotConnectedNotice } from "@/components/sam/not-connected-notice";
import { PageHeader } from "@/components/shell/page-header";
import { getActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { readSamStatus } from "@/lib/sam/status";

export const metadata: Metadata = { title: "Overview" };
export const dynamic = "force-dynamic";

// Until the partner connection exists this page is its first-run empty state: the way into the
// setup wizard for admins, a plain "not yet" for everyone else. The tenant health summary joins
// the badge here once customers are synced.
export default async function OverviewPage() {
  const [actor, view] = await Promise.all([getActor(), readSamStatus(prisma)]);
  const firstRun = view.status === "not_configured" || view.status === "pending_consent" || view.status === "disconnected";
  const badge = (
    <Link href="/settings/partner-connection" className="rounded-md focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
      <span className="sr-only">Partner connection: </span>
      <ConnectionBadge status={view.status} warnings={view.warnings.length} />
    </Link>
  );
  return (
    <>
      <PageHeader title="Overview" description="Your customers' Microsoft 365 tenants at a glance." actions={firstRun ? undefined : badge} />
      {firstRun &&
        (actor?.role === "admin" ? (
          <div className="grid items-start gap-6 lg:grid-cols-3">
            <div className="lg:col-span-2">
              <ConnectPartnerCard />
            </div>
            <PrerequisitesCard />
          </div>
        ) : (
          <NotConnectedNotice />
        ))}
    </>
  );
}
