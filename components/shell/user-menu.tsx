"use client";

import Link from "next/link";
import { useTheme } from "next-themes";
import { CircleUser, PlugZap } from "lucide-react";

import { Badge } from "@/components/ui/badge";

import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { SignOutItem } from "./sign-out-item";

export interface MenuUser {
  name: string;
  upn?: string;
  role: Role;
}

/**
 * The account slot of the top bar: who is signed in, with which Tenantry role, theme and sign-out.
 * The trigger shows the name on wider screens so "which account am I in" is never a click away.
 */
export function UserMenu({ user }: { user?: MenuUser }) {
  const { theme, setTheme } = useTheme();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" aria-label={user ? `Account menu for ${user.name}` : "Account menu"} className="gap-2 rounded-full px-2">
          <CircleUser className="size-5" aria-hidden="true" />
          {user && <span className="hidden max-w-40 truncate text-sm font-medium md:inline">{user.name}</span>}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        {user ? (
          <DropdownMenuLabel className="flex flex-col gap-1" data-testid="user-menu-identity">
            <span className="truncate">{user.name}</span>
            {user.upn && <span className="truncate text-xs font-normal text-muted-foreground">{user.upn}</span>}
            <Badge variant="secondary" className="w-fit">{ROLE_LABELS[user.role]}</Badge>
          </DropdownMenuLabel>
        ) : (
          <DropdownMenuLabel>Not signed in</DropdownMenuLabel>
        )}
        <DropdownMenuSeparator />
        {user?.role === "admin" && (
          <>
            <DropdownMenuItem asChild>
              <Link href="/setup">
                <PlugZap aria-hidden="true" />
                Partner connection
              </Link>
            </DropdownMenuItem>
            <DropdownMenuSeparator />
          </>
        )}
        <DropdownMenuLabel className="text-xs font-medium text-muted-foreground">Theme</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={theme ?? "system"} onValueChange={setTheme}>
          <DropdownMenuRadioItem value="light">Light</DropdownMenuRadioItem>
          <DropdownMenuRadioItem value="dark">Dark</DropdownMenuRadioItem>
          <DropdownMenuRadioItem value="system">System</DropdownMenuRadioItem>
        </DropdownMenuRadioGroup>
        {user && (
          <>
            <DropdownMenuSeparator />
            <SignOutItem />
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
