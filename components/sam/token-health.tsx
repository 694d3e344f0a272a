import { CircleAlert, TriangleAlert } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { SamStatusView } from "@/lib/sam/status";
import { ConnectionBadge } from "./connection-badge";
import { daysAgo, formatDate, inDays } from "./format";

/** Token health: ages, last use, secret expiry and every warning with its fix-it. No secrets in view. */
export function TokenHealth({ view }: { view: SamStatusView }) {
  const facts: [string, React.ReactNode][] = [
    ["Status", <ConnectionBadge key="s" status={view.status} />],
    ["Partner tenant", <span key="t" className="font-mono text-xs">{view.partnerTenantId ?? "—"}</span>],
    ["Application (client) ID", <span key="c" className="font-mono text-xs">{view.clientId ?? "—"}</span>],
    ["Client secret", view.clientSecretStored ? `Stored${view.clientSecretTail ? `, ends in …${view.clientSecretTail}` : ""}` : "Not stored"],
    ["Connected by", view.connectedByUpn ? `${view.connectedByUpn} (${formatDate(view.connectedAt)})` : "—"],
    ["Refresh token issued", view.refreshTokenIssuedAt ? `${daysAgo(view.refreshTokenAgeDays)} (${formatDate(view.refreshTokenIssuedAt)})` : "—"],
    ["Last successful use", view.lastRefreshAt ? `${daysAgo(view.idleDays)} (${formatDate(view.lastRefreshAt)})` : "never"],
    ["Client secret expires", view.secretExpiresAt ? `${inDays(view.secretExpiresInDays)} (${formatDate(view.secretExpiresAt)})` : "unknown"],
  ];
  return (
    <div className="flex flex-col gap-5">
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted-foreground">{label}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {view.warnings.length === 0 && view.status === "connected" && <p className="text-sm text-muted-foreground">No warnings: the token is in regular use.</p>}
      {view.warnings.map((w) => (
        <Alert key={w.code} variant={w.severity === "error" ? "destructive" : "warning"} role="status" data-testid={`warning-${w.code}`}>
          {w.severity === "error" ? <CircleAlert aria-hidden="true" /> : <TriangleAlert aria-hidden="true" />}
          <AlertTitle className="line-clamp-none">{w.message}</AlertTitle>
          {w.fixIt && <AlertDescription>How to fix: {w.fixIt}</AlertDescription>}
        </Alert>
      ))}
    </div>
  );
}
