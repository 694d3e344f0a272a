import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { AdminOnly } from "@/components/settings/admin-only";
import { ApiKeyCreate } from "@/components/settings/api-key-create";
import { ApiKeysTable } from "@/components/settings/api-keys-table";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getActor } from "@/lib/auth/actor";
import { listApiKeys } from "@/lib/auth/api-keys";
import { prisma } from "@/lib/db/client";

export const metadata: Metadata = { title: "API keys" };
export const dynamic = "force-dynamic";

export default async function ApiKeysPage() {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=/settings/api-keys");
  const header = (
    <PageHeader
      title="API keys"
      description="Keys let scripts, PSA integrations and CI call /api/v1 with the same roles and audit trail as people."
    />
  );
  if (actor.role !== "admin") return <>{header}<AdminOnly role={actor.role} what="API keys" /></>;

  const keys = (await listApiKeys(prisma)).map((k) => ({
    ...k,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
  }));
  return (
    <>
      {header}
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Create a key</h2>
          </CardTitle>
          <CardDescription>
            The key is shown once. From a shell: <code className="font-mono text-xs">npm run -s admin -- api-key create --role read_only --name ci</code>
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ApiKeyCreate />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Keys</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <ApiKeysTable keys={keys} />
        </CardContent>
      </Card>
    </>
  );
}
