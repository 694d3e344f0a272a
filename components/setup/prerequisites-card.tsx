import { Check } from "lucide-react";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

const prerequisites = [
  "A Global Administrator of your partner tenant, with MFA enabled",
  "The Admin agent role in Partner Center",
  "An app registration for the Secure Application Model, with a client secret",
  "GDAP relationships with the customers you manage",
] as const;

export function PrerequisitesCard() {
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle>
          <h2 className="text-base font-semibold">Before you start</h2>
        </CardTitle>
        <CardDescription>Have these ready; the setup checks each one.</CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="flex flex-col gap-3">
          {prerequisites.map((item) => (
            <li key={item} className="flex gap-2.5 text-sm">
              <Check className="mt-0.5 size-4 shrink-0 text-success" aria-hidden="true" />
              <span>{item}</span>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
