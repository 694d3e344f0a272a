// Client-safe wording for ages and dates on the partner-connection screens.

export function daysAgo(days: number | null): string {
  if (days === null) return "never";
  if (days <= 0) return "today";
  return days === 1 ? "yesterday" : `${days} days ago`;
}

export function inDays(days: number | null): string {
  if (days === null) return "unknown";
  if (days < 0) return `${-days} day${days === -1 ? "" : "s"} ago`;
  if (days === 0) return "today";
  return `in ${days} day${days === 1 ? "" : "s"}`;
}

/** A fixed locale and UTC, so server and browser render the same text (no hydration mismatch). */
export function formatDate(iso: string | null): string {
  if (!iso) return "—";
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso)) + " UTC";
}
