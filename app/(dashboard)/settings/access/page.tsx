import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { AdminOnly } from "@/components/settings/admin-only";
import { RoleMappingForm } from "@/components/settings/role-mapping-form";
import { RoleMappingsTable } from "@/components/settings/role-mappings-table";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getActor } from "@/lib/auth/actor";
import { listRoleMappings } from "@/lib/auth/role-mappings";
import { prisma } from "@/lib/db/client";

export const metadata: Metadata = { title: "Access" };
export const dynamic = "force-dynamic";

export default async function AccessPage() {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=/settings/access");
  const header = (
    <PageHeader
      title="Access"
      description="Which Microsoft Entra groups or app roles give which Tenantry role. Roles are read at each sign-in; the highest mapped role wins."
    />
  );
  if (actor.role !== "admin") return <>{header}<AdminOnly role={actor.role} what="access" /></>;

  const mappings = await listRoleMappings(prisma);
  return (
    <>
      {header}
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Role mappings</h2>
          </CardTitle>
          <CardDescription>People whose groups map to no role are refused at sign-in with an explanation.</CardDescription>
        </CardHeader>
        <CardContent>
          <RoleMappingsTable mappings={mappings} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Add a mapping</h2>
          </CardTitle>
          <CardDescription>The sign-in app must emit the groups claim (Token configuration → Add groups claim → Security groups).</CardDescription>
        </CardHeader>
        <CardContent>
          <RoleMappingForm />
        </CardContent>
      </Card>
    </>
  );
}
