import { Skeleton } from "@/components/ui/skeleton";
import type { ActionPreviewResponse } from "./api";

const show = (v: unknown) => (v === null || v === undefined ? "—" : typeof v === "boolean" ? (v ? "Yes" : "No") : String(v));

/** The dry run: who, what changes (before → after), and what else happens. */
export function PreviewChanges({ loading, data }: { loading: boolean; data?: ActionPreviewResponse }) {
  if (loading) return <Skeleton className="h-20 w-full" />;
  const p = data?.preview;
  if (!p) return null;
  return (
    <div className="grid gap-2 text-sm">
      {p.target && (
        <p>
          <span className="font-medium">{p.target.name}</span>
          {p.target.detail && <span className="text-muted-foreground"> · {p.target.detail}</span>}
        </p>
      )}
      <ul className="grid gap-1">
        {p.changes.map((c) => (
          <li key={c.field}>
            {c.label}: <span className="text-muted-foreground">{show(c.before)}</span> → <span className="font-medium">{show(c.after)}</span>
          </li>
        ))}
      </ul>
      {p.notes.map((n) => (
        <p key={n} className="text-muted-foreground">
          {n}
        </p>
      ))}
      {data?.approvalRequired && <p className="font-medium">A second person must approve this before it runs.</p>}
    </div>
  );
}
