import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/tenants/status-badge";
import type { UserRow } from "@/lib/microsoft/graph/user-reads";
import { ACCOUNT_OPTIONS, TYPE_OPTIONS } from "./options";

export const userHref = (tenantId: string, userId: string) => `/tenants/${tenantId}/users/${userId}`;

export function UserCell({ tenantId, user }: { tenantId: string; user: UserRow }) {
  return (
    <div className="flex min-w-48 flex-col gap-0.5">
      {/* A plain anchor, not next/link: DataTable navigates it client-side (see data-row-link). */}
      <a
        href={userHref(tenantId, user.id)}
        data-row-link
        className="font-medium underline-offset-4 outline-none hover:underline focus-visible:rounded-sm focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        {user.displayName || user.userPrincipalName}
      </a>
      {user.jobTitle && <span className="text-xs text-muted-foreground">{user.jobTitle}</span>}
    </div>
  );
}

export const AccountCell = ({ enabled }: { enabled: boolean }) => <StatusBadge option={ACCOUNT_OPTIONS[enabled ? "enabled" : "blocked"]} />;

export function UserTypeCell({ userType }: { userType: string | null }) {
  const option = userType === "Guest" ? TYPE_OPTIONS.guest : userType === "Member" ? TYPE_OPTIONS.member : null;
  return option ? <StatusBadge option={option} /> : <Dash />;
}

export function LicensedCell({ count }: { count: number }) {
  if (count === 0) return <Badge variant="outline" className="font-normal">Unlicensed</Badge>;
  return <span className="tabular-nums">{count === 1 ? "1 licence" : `${count} licences`}</span>;
}

export const Dash = () => <span className="text-muted-foreground">—</span>;

export const TextCell = ({ value }: { value: string | null }) =>
  value ? <span className="block max-w-64 truncate" title={value}>{value}</span> : <Dash />;
