"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { Loader2 } from "lucide-react";

import { Button } from "@/components/ui/button";

/** Microsoft's four-square mark, drawn inline (decorative; the label says "Microsoft"). */
function MicrosoftMark() {
  return (
    <svg viewBox="0 0 21 21" className="size-4" aria-hidden="true">
      <rect x="1" y="1" width="9" height="9" fill="#f25022" />
      <rect x="11" y="1" width="9" height="9" fill="#7fba00" />
      <rect x="1" y="11" width="9" height="9" fill="#00a4ef" />
      <rect x="11" y="11" width="9" height="9" fill="#ffb900" />
    </svg>
  );
}

export function SignInButton({ callbackUrl, label = "Sign in with Microsoft" }: { callbackUrl: string; label?: string }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      size="lg"
      className="w-full"
      disabled={pending}
      aria-busy={pending}
      onClick={() => {
        setPending(true);
        // Posts to next-auth with its CSRF token, then follows the redirect to Microsoft.
        void signIn("azure-ad", { callbackUrl }).catch(() => setPending(false));
      }}
    >
      {pending ? <Loader2 className="animate-spin" aria-hidden="true" /> : <MicrosoftMark />}
      {pending ? "Redirecting to Microsoft…" : label}
    </Button>
  );
}
