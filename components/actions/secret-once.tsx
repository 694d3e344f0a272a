"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";

// Result fields an action marks as redacted, as the person reading them out to a user calls them.
const LABELS: Record<string, string> = { password: "New password" };

/** A one-time secret (a generated password): shown here once, stored nowhere, copyable. */
export function SecretOnce({ values }: { values: [string, string][] }) {
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div className="grid gap-3">
      <p className="text-sm">Copy it now. It is not stored and cannot be shown again.</p>
      {values.map(([name, value]) => {
        const label = LABELS[name] ?? name;
        return (
          <div key={name} className="grid gap-1.5">
            <span className="text-sm font-medium" id={`secret-${name}`}>{label}</span>
            <div className="flex items-center gap-2">
              <code className="flex-1 rounded-md bg-muted px-3 py-2 font-mono text-base" data-testid={`secret-${name}`}>
                {value}
              </code>
              <Button
                variant="outline"
                size="sm"
                onClick={() => navigator.clipboard.writeText(value).then(() => setCopied(name), () => setCopied(null))}
              >
                {copied === name ? "Copied" : `Copy ${label.toLowerCase()}`}
              </Button>
            </div>
          </div>
        );
      })}
    </div>
  );
}
