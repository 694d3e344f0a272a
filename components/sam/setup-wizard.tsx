"use client";

import { useState } from "react";
import { Check } from "lucide-react";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { SamStatusView } from "@/lib/sam/status";
import { cn } from "@/lib/utils";
import { AppRegistrationStep } from "./app-registration-step";
import { ConnectStep } from "./connect-step";
import { VerifyStep } from "./verify-step";
import { reachableStep, type WizardStep } from "./wizard-steps";

const STEPS = [
  { n: 1, title: "App registration", description: "Partner tenant, client ID and secret, checked with Microsoft." },
  { n: 2, title: "Connect as partner admin", description: "One interactive sign-in and consent; the refresh token stays on the server." },
  { n: 3, title: "Verify", description: "Partner token, GDAP customers, and a token in one customer tenant." },
] as const;

export function SetupWizard(props: { view: SamStatusView; initialStep: WizardStep; connectError?: { message: string; fixIt: string; code: string }; autoVerify: boolean }) {
  const { view } = props;
  const [step, setStep] = useState<WizardStep>(props.initialStep);
  const reachable = reachableStep(view);
  const current = STEPS[step - 1]!;
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[16rem_1fr]">
      <nav aria-label="Setup steps">
        <ol className="flex flex-col gap-2">
          {STEPS.map((s) => {
            const done = s.n < reachable;
            const enabled = s.n <= reachable;
            return (
              <li key={s.n}>
                <button
                  type="button"
                  disabled={!enabled}
                  aria-current={s.n === step ? "step" : undefined}
                  onClick={() => setStep(s.n)}
                  className={cn(
                    "flex w-full items-start gap-3 rounded-lg border p-3 text-left text-sm transition-colors disabled:cursor-not-allowed disabled:opacity-60",
                    s.n === step ? "border-primary bg-primary/5" : "hover:bg-accent",
                  )}
                >
                  <span className={cn("flex size-6 shrink-0 items-center justify-center rounded-full border text-xs font-semibold", done && "border-success bg-success text-white")} aria-hidden="true">
                    {done ? <Check className="size-3.5" /> : s.n}
                  </span>
                  <span className="flex flex-col">
                    <span className="font-medium">{s.title}</span>
                    <span className="text-xs text-muted-foreground">{done ? "Done" : s.n === 3 && view.status === "connected" ? "Ready to run" : s.n === reachable ? "Next" : "Not yet"}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2 className="text-lg font-semibold">
              Step {step}: {current.title}
            </h2>
          </CardTitle>
          <CardDescription>{current.description}</CardDescription>
        </CardHeader>
        <CardContent>
          {step === 1 && <AppRegistrationStep view={view} onSaved={() => setStep(2)} />}
          {step === 2 && <ConnectStep view={view} connectError={props.connectError} onContinue={() => setStep(3)} />}
          {step === 3 && <VerifyStep autoRun={props.autoVerify} />}
        </CardContent>
      </Card>
    </div>
  );
}
