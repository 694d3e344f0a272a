import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Info } from "lucide-react";

import { SignInButton } from "@/components/auth/sign-in-button";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "@/components/ui/card";
import { getActor } from "@/lib/auth/actor";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInNotice } from "@/lib/auth/messages";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(one(params.callbackUrl));
  // Already signed in (e.g. a bookmarked /signin): go straight on.
  if (!one(params.error) && (await getActor().catch(() => null))) redirect(callbackUrl);

  const notice = signInNotice(one(params.error), one(params.reason));
  const configured = env().signInConfigured;
  return (
    <Card>
      <CardHeader>
        <h1 data-slot="card-title" className="text-xl font-semibold leading-none">Sign in to Tenantry</h1>
        <CardDescription>Use your work account in your MSP&apos;s Microsoft Entra tenant.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {notice && (
          <Alert variant={one(params.error) ? "destructive" : "default"} role={one(params.error) ? "alert" : "status"}>
            <Info aria-hidden="true" />
            <AlertTitle>{notice.title}</AlertTitle>
            <AlertDescription>{notice.text}</AlertDescription>
          </Alert>
        )}
        {configured ? (
          <SignInButton callbackUrl={callbackUrl} />
        ) : (
          <Alert variant="warning" role="status">
            <Info aria-hidden="true" />
            <AlertTitle>Technician sign-in is not configured</AlertTitle>
            <AlertDescription>
              Set TENANTRY_SIGNIN_TENANT_ID, TENANTRY_SIGNIN_CLIENT_ID and TENANTRY_SIGNIN_CLIENT_SECRET to your sign-in app
              registration, then restart Tenantry.
            </AlertDescription>
          </Alert>
        )}
      </CardContent>
      <CardFooter>
        <p className="text-xs text-muted-foreground">
          Your Tenantry role comes from your Microsoft Entra groups and is checked each time you sign in.
        </p>
      </CardFooter>
    </Card>
  );
}
