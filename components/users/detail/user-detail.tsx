"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { ChevronLeft, RotateCw } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/api/client";
import type { Role } from "@/lib/auth/roles";
import { fetchUser, userKeys } from "../api";
import { AccountCell } from "../cells";
import { UserGroups, UserLicences } from "../manage";
import { UserAuthMethodsCard } from "./auth-methods-card";
import { UserIdentityCard } from "./identity-card";
import { UserRolesCard } from "./roles-card";
import { UserSignInCard } from "./sign-in-card";
import { UserActions } from "./user-actions";
import { UserDetailSkeleton } from "./user-detail-skeleton";

/** One user, read live from Graph under the key the actions invalidate, so a finished action shows at once. */
export function UserDetailView({ tenantId, userRef, role }: { tenantId: string; userRef: string; role: Role }) {
  const { data: user, error, isPending, refetch, isFetching } = useQuery({
    queryKey: userKeys.detail(tenantId, userRef),
    queryFn: ({ signal }) => fetchUser(tenantId, userRef, signal),
    retry: (count, e) => count < 1 && !(e instanceof ApiError && (e.status < 500 || e.code === "MICROSOFT_NOT_FOUND")),
  });
  const back = (
    <Link href={`/tenants/${tenantId}/users`} className="flex w-fit items-center gap-1 rounded-sm text-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50">
      <ChevronLeft className="size-4" aria-hidden="true" />
      Users
    </Link>
  );
  if (isPending) return <div className="flex flex-col gap-3">{back}<UserDetailSkeleton /></div>;
  if (!user) {
    // Graph's own "no such object" arrives as MICROSOFT_NOT_FOUND (502): the user is gone, retrying will not help.
    const missing = error instanceof ApiError && (error.status === 404 || error.code === "MICROSOFT_NOT_FOUND");
    return (
      <div className="flex flex-col gap-3">
        {back}
        <h1 className="text-2xl font-semibold tracking-tight">{missing ? "User not found" : "This user could not be loaded"}</h1>
        <Alert variant="destructive" data-testid="user-error">
          <AlertTitle>{missing ? "No such user in this tenant" : "Microsoft Graph did not return this user"}</AlertTitle>
          <AlertDescription className="flex flex-wrap items-center gap-3">
            <span>{error?.message ?? "The server did not answer."}</span>
            {!missing && (
              <Button variant="outline" size="sm" onClick={() => refetch()} disabled={isFetching}>
                <RotateCw aria-hidden="true" />
                Try again
              </Button>
            )}
          </AlertDescription>
        </Alert>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6" aria-busy={isFetching}>
      <div className="flex flex-col gap-3">
        {back}
        <div className="flex flex-col gap-1.5">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight">{user.displayName || user.userPrincipalName}</h1>
            <AccountCell enabled={user.accountEnabled} />
          </div>
          <p className="font-mono text-sm text-muted-foreground">{user.userPrincipalName}</p>
        </div>
        <UserActions tenantId={tenantId} userRef={userRef} user={user} role={role} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <UserIdentityCard user={user} />
        <div className="flex flex-col gap-6">
          <UserSignInCard user={user} />
          <UserRolesCard roles={user.directoryRoles} />
          <UserAuthMethodsCard methods={user.authMethods} />
        </div>
        <UserLicences tenantId={tenantId} user={user} role={role} />
        <UserGroups tenantId={tenantId} user={user} role={role} />
      </div>
    </div>
  );
}
