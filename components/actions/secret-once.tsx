"use client";

import { Button } from "@/components/ui/button";

/** A one-time secret (a generated password): shown here once, stored nowhere, copyable. */
export function SecretOnce({ values }: { values: [string, string][] }) {
  return (
    <div className="grid gap-3">
      <p className="text-sm">Copy it now. It is not stored and cannot be shown again.</p>
      {values.map(([name, value]) => (
        <div key={name} className="flex items-center gap-2">
          <code className="flex-1 rounded-md bg-muted px-3 py-2 font-mono text-base" aria-label={name}>
            {value}
          </code>
          <Button variant="outline" size="sm" onClick={() => void navigator.clipboard.writeText(value)}>
            Copy
          </Button>
        </div>
      ))}
    </div>
  );
}
