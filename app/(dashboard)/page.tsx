import type { Metadata } from "next";

import { ConnectPartnerCard } from "@/components/setup/connect-partner-card";
import { PrerequisitesCard } from "@/components/setup/prerequisites-card";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Overview" };

// Until the partner connection exists this page is its first-run empty state; the tenant health
// summary replaces it once SAM status can be read.
export default function OverviewPage() {
  return (
    <>
      <PageHeader title="Overview" description="Your customers' Microsoft 365 tenants at a glance." />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <ConnectPartnerCard />
        </div>
        <PrerequisitesCard />
      </div>
    </>
  );
}
