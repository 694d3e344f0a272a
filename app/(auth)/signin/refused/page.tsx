import type { Metadata } from "next";
import { ShieldX } from "lucide-react";

import { SignInButton } from "@/components/auth/sign-in-button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "@/components/ui/card";
import { REFUSALS, isRefusalReason } from "@/lib/auth/messages";

export const metadata: Metadata = { title: "Sign-in refused" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Where a refused sign-in lands: says why in plain words and what to do, never a blank error. */
export default async function RefusedPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).reason;
  const reason = isRefusalReason(raw) ? raw : "no_role";
  const refusal = REFUSALS[reason];
  return (
    <Card>
      <CardHeader>
        <ShieldX className="mb-2 size-8 text-destructive" aria-hidden="true" />
        <h1 data-slot="card-title" className="text-xl font-semibold leading-snug">{refusal.title}</h1>
        <CardDescription>{refusal.text}</CardDescription>
      </CardHeader>
      <CardContent>
        <p className="text-sm">{refusal.next}</p>
      </CardContent>
      <CardFooter className="flex flex-col gap-2">
        <SignInButton callbackUrl="/" label="Sign in with a different account" />
      </CardFooter>
    </Card>
  );
}
