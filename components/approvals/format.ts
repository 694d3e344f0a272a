// "Expires in": requests live 24 hours, so hours and minutes are the useful grain.

export function formatIn(iso: string, now = Date.now()): string {
  const minutes = Math.round((new Date(iso).getTime() - now) / 60_000);
  if (minutes <= 0) return "now";
  if (minutes < 60) return `in ${minutes} min`;
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  return h < 10 && m ? `in ${h} h ${m} min` : `in ${h} h`;
}

export const STATUS_UI = {
  pending: { label: "Pending", tone: "warning" },
  approved: { label: "Approved", tone: "success" },
  rejected: { label: "Rejected", tone: "destructive" },
  expired: { label: "Expired", tone: "secondary" },
} as const;
