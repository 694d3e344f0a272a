import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TriangleAlert } from "lucide-react";

import { AdminOnly } from "@/components/settings/admin-only";
import { ApprovalRuleForm } from "@/components/settings/approval-rule-form";
import { ApprovalRulesTable } from "@/components/settings/approval-rules-table";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { readApprovalPolicy } from "@/lib/actions/approval-policy-store";
import { ACTIONS } from "@/lib/actions/registry";
import { getActor } from "@/lib/auth/actor";
import { roleHas } from "@/lib/authz/permissions";
import { prisma } from "@/lib/db/client";

export const metadata: Metadata = { title: "Approvals policy" };
export const dynamic = "force-dynamic";

export default async function ApprovalPolicyPage() {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=/settings/approvals");
  const always = Object.values(ACTIONS).filter((a) => a.approval).map((a) => a.title);
  const header = (
    <PageHeader
      title="Approvals policy"
      description={`Which actions need a second person's approval before they run, for which roles and in which tenants.${always.length ? ` Always, whatever the rules: ${always.join(", ")}.` : ""}`}
    />
  );
  if (!roleHas(actor.role, "settings.manage")) return <>{header}<AdminOnly role={actor.role} what="the approvals policy" /></>;

  const [{ policy, valid }, tenants] = await Promise.all([
    readApprovalPolicy(prisma),
    prisma.tenant.findMany({ select: { id: true, displayName: true }, orderBy: { displayName: "asc" } }),
  ]);
  const options = tenants.map((t) => ({ id: t.id, name: t.displayName }));
  return (
    <>
      {header}
      {!valid && (
        <Alert variant="destructive">
          <TriangleAlert aria-hidden="true" />
          <AlertTitle>The stored policy could not be read</AlertTitle>
          <AlertDescription>Until it is saved again, every action waits for approval. Add or remove a rule to replace it.</AlertDescription>
        </Alert>
      )}
      <Card>
        <CardHeader>
          <CardTitle><h2>Rules</h2></CardTitle>
          <CardDescription>An action needs approval when any rule matches it. Requests wait on the Approvals page for 24 hours.</CardDescription>
        </CardHeader>
        <CardContent>
          <ApprovalRulesTable policy={policy} tenantNames={Object.fromEntries(options.map((t) => [t.id, t.name]))} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle><h2>Add a rule</h2></CardTitle>
          <CardDescription>The person who asks can never approve their own request; another technician or an admin with the action&apos;s permission can.</CardDescription>
        </CardHeader>
        <CardContent>
          <ApprovalRuleForm policy={policy} tenants={options} />
        </CardContent>
      </Card>
    </>
  );
}
