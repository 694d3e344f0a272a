// Client-safe: pure rules over the connection's public facts, shared by the API, the settings
// panel, the home badge and the banner.

export const IDLE_WARN_DAYS = 60;
export const IDLE_LIMIT_DAYS = 90;
export const SECRET_WARN_DAYS = 30;

export type SamStatusValue = "not_configured" | "pending_consent" | "connected" | "reconsent_required" | "disconnected";

export interface HealthWarning {
  code: "reconsent_required" | "idle" | "secret_expiring" | "secret_expired" | "last_refresh_failed";
  severity: "warning" | "error";
  message: string;
  fixIt?: string;
}

export interface HealthFacts {
  status: SamStatusValue;
  lastRefreshAt: Date | null;
  connectedAt: Date | null;
  secretExpiresAt: Date | null;
  lastError: { code: string; message: string; at: Date | null; fixIt: string } | null;
}

const DAY = 86_400_000;
export const daysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY);

export function healthWarnings(f: HealthFacts, now: Date): HealthWarning[] {
  const out: HealthWarning[] = [];
  if (f.status === "reconsent_required") {
    out.push({
      code: "reconsent_required", severity: "error",
      message: `The partner connection stopped working${f.lastError ? `: ${f.lastError.message}` : "."}`,
      fixIt: f.lastError?.fixIt ?? "Reconnect as partner admin in Settings → Partner connection.",
    });
  } else if (f.lastError) {
    out.push({ code: "last_refresh_failed", severity: "warning", message: `The last token refresh failed: ${f.lastError.message}`, fixIt: f.lastError.fixIt });
  }
  const lastUse = f.lastRefreshAt ?? f.connectedAt;
  if (f.status === "connected" && lastUse) {
    const idle = daysBetween(lastUse, now);
    if (idle > IDLE_WARN_DAYS) {
      out.push({
        code: "idle", severity: "warning",
        message: `The refresh token has not been used for ${idle} days; Microsoft expires it after ${IDLE_LIMIT_DAYS} idle days.`,
        fixIt: "Make sure the worker (npm run worker) is running: its keep-alive job uses the token every 12 hours.",
      });
    }
  }
  if (f.secretExpiresAt && f.status !== "not_configured") {
    const left = daysBetween(now, f.secretExpiresAt);
    const fixIt = "Create a new client secret for the app in Entra ID, then enter it in step 1 of the setup (the connection is kept).";
    if (f.secretExpiresAt <= now) out.push({ code: "secret_expired", severity: "error", message: "The app's client secret has expired.", fixIt });
    else if (left < SECRET_WARN_DAYS) out.push({ code: "secret_expiring", severity: "warning", message: `The app's client secret expires in ${left} day${left === 1 ? "" : "s"}.`, fixIt });
  }
  return out;
}
