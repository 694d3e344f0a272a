import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { AdminOnly } from "@/components/settings/admin-only";
import { NotConnectedNotice } from "@/components/sam/not-connected-notice";
import { SetupWizard } from "@/components/sam/setup-wizard";
import { reachableStep, type WizardStep } from "@/components/sam/wizard-steps";
import { PageHeader } from "@/components/shell/page-header";
import { getActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { describeConnectError } from "@/lib/sam/connect-errors";
import { readSamStatus } from "@/lib/sam/status";

export const metadata: Metadata = { title: "Connect your partner tenant" };
export const dynamic = "force-dynamic";

const STEP_PARAM: Record<string, WizardStep> = { registration: 1, connect: 2, verify: 3 };

export default async function SetupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=%2Fsetup");
  const view = await readSamStatus(prisma);
  const header = (
    <PageHeader
      title="Connect your partner tenant"
      description="Tenantry reaches every customer through your partner tenant's Secure Application Model app and GDAP relationships."
    />
  );
  if (actor.role !== "admin") {
    return (
      <>
        {header}
        <AdminOnly role={actor.role} what="the partner connection" />
        {view.status !== "connected" && <NotConnectedNotice />}
      </>
    );
  }
  const params = await searchParams;
  const error = typeof params.error === "string" ? params.error : undefined;
  const asked = typeof params.step === "string" ? STEP_PARAM[params.step] : undefined;
  const reachable = reachableStep(view);
  const step = Math.min(asked ?? reachable, reachable) as WizardStep;
  const described = error ? describeConnectError(error) : undefined;
  return (
    <>
      {header}
      <SetupWizard
        view={view}
        initialStep={error ? 2 : step}
        connectError={described && { message: described.cause, fixIt: described.fixIt, code: error! }}
        autoVerify={asked === 3 && !error && view.status === "connected"}
      />
    </>
  );
}
