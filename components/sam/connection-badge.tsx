import { Badge } from "@/components/ui/badge";
import type { SamStatusValue } from "@/lib/sam/health";

const LOOK: Record<SamStatusValue, { label: string; variant: "success" | "warning" | "destructive" | "secondary" }> = {
  connected: { label: "Connected", variant: "success" },
  pending_consent: { label: "Waiting for consent", variant: "warning" },
  reconsent_required: { label: "Re-consent required", variant: "destructive" },
  disconnected: { label: "Disconnected", variant: "secondary" },
  not_configured: { label: "Not connected", variant: "secondary" },
};

/** Compact partner-connection state; `warnings` turns a healthy-looking "Connected" amber. */
export function ConnectionBadge({ status, warnings = 0 }: { status: SamStatusValue; warnings?: number }) {
  const look = LOOK[status];
  const variant = status === "connected" && warnings > 0 ? "warning" : look.variant;
  return (
    <Badge variant={variant} data-testid="sam-status-badge">
      {look.label}
      {status === "connected" && warnings > 0 ? ` · ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}
    </Badge>
  );
}
