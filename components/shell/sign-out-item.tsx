"use client";

import { signOut } from "next-auth/react";
import { LogOut } from "lucide-react";

import { DropdownMenuItem } from "@/components/ui/dropdown-menu";

/** next-auth's sign-out (CSRF-protected POST) clears the session cookie; the server audits it. */
export function SignOutItem() {
  return (
    <DropdownMenuItem onSelect={() => void signOut({ callbackUrl: "/signin?reason=signed_out" })}>
      <LogOut aria-hidden="true" />
      Sign out
    </DropdownMenuItem>
  );
}
