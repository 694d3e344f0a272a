import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { ConnectionActions } from "@/components/sam/connection-actions";
import { TokenHealth } from "@/components/sam/token-health";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { readSamStatus } from "@/lib/sam/status";

export const metadata: Metadata = { title: "Partner connection" };
export const dynamic = "force-dynamic";

/** Token health for everyone; the actions that change the connection for admins only. */
export default async function PartnerConnectionPage() {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=%2Fsettings%2Fpartner-connection");
  const view = await readSamStatus(prisma);
  const isAdmin = actor.role === "admin";
  return (
    <>
      <PageHeader
        title="Partner connection"
        description="The Secure Application Model connection every customer tenant is reached through."
        actions={
          view.status === "not_configured" && isAdmin ? (
            <Button asChild>
              <Link href="/setup">Start setup</Link>
            </Button>
          ) : undefined
        }
      />
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Token health</h2>
          </CardTitle>
          <CardDescription>
            Microsoft expires the partner refresh token after 90 days without use; the worker&apos;s keep-alive job uses it every 12 hours.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          <TokenHealth view={view} />
          {isAdmin ? <ConnectionActions view={view} /> : <p className="text-sm text-muted-foreground">Only admins can reconnect or disconnect.</p>}
        </CardContent>
      </Card>
    </>
  );
}
