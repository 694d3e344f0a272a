import Link from "next/link";
import { ArrowRight, PlugZap } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";

const steps = [
  {
    title: "Register the app",
    text: "Enter your partner tenant and the client ID and secret of your Secure Application Model app.",
  },
  {
    title: "Consent as a partner admin",
    text: "Sign in once with MFA. The refresh token is stored encrypted and never reaches the browser.",
  },
  {
    title: "Verify customer access",
    text: "Tenantry counts your GDAP customers and mints a token for one of them to prove the chain works.",
  },
] as const;

/** First-run empty state: nothing else in Tenantry works until the partner tenant is connected. */
export function ConnectPartnerCard() {
  return (
    <Card className="gap-0 overflow-hidden py-0">
      <CardHeader className="gap-3 border-b bg-gradient-to-br from-primary/8 via-transparent to-transparent py-6">
        <span className="flex size-10 items-center justify-center rounded-lg bg-primary text-primary-foreground shadow-xs">
          <PlugZap className="size-5" aria-hidden="true" />
        </span>
        <CardTitle>
          <h2 className="text-lg font-semibold">Connect your partner tenant</h2>
        </CardTitle>
        <CardDescription className="max-w-prose">
          Tenantry reaches your customers&apos; Microsoft 365 tenants through your partner tenant and its GDAP
          relationships. Connect it once and every customer appears here.
        </CardDescription>
      </CardHeader>
      <CardContent className="py-6">
        <ol className="grid gap-5 md:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title} className="flex gap-3">
              <span
                className="flex size-7 shrink-0 items-center justify-center rounded-full border bg-muted text-xs font-semibold text-foreground"
                aria-hidden="true"
              >
                {index + 1}
              </span>
              <div className="flex flex-col gap-1">
                <p className="pt-1 text-sm font-medium leading-5">{step.title}</p>
                <p className="text-sm text-muted-foreground">{step.text}</p>
              </div>
            </li>
          ))}
        </ol>
      </CardContent>
      <CardFooter className="flex-wrap gap-3 border-t bg-muted/40 py-4">
        <Button asChild>
          <Link href="/setup">
            Start setup
            <ArrowRight aria-hidden="true" />
          </Link>
        </Button>
        <p className="text-sm text-muted-foreground">Takes about five minutes. Requires a partner admin.</p>
      </CardFooter>
    </Card>
  );
}
