// Times as the audit log shows them: relative in the cell, exact (UTC, to the second) on hover and
// in the drawer. UTC because the date filters are UTC days and technicians span time zones.

const exactFmt = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export const formatExact = (iso: string) => `${exactFmt.format(new Date(iso))} UTC`;

export function formatAgo(iso: string, now = Date.now()): string {
  const seconds = Math.round((now - new Date(iso).getTime()) / 1000);
  if (seconds < 60) return "just now";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  if (days < 60) return `${days} d ago`;
  return exactFmt.format(new Date(iso)).split(",")[0]!;
}
