import { Skeleton } from "@/components/ui/skeleton";
import type { ActionPreview } from "@/lib/actions/body";
import type { ActionPreviewResponse } from "./api";

const show = (v: unknown) => (typeof v === "boolean" ? (v ? "Yes" : "No") : v === null || v === undefined || v === "" ? "—" : String(v));

/** A dry run's content: who it touches, what changes (before → after), and what else happens. */
export function PreviewBody({ preview: p, children, testId }: { preview: ActionPreview; children?: React.ReactNode; testId?: string }) {
  return (
    <div className="grid gap-2 text-sm" data-testid={testId}>
      {p.target && (
        <p>
          <span className="font-medium">{p.target.name}</span>
          {p.target.detail && <span className="text-muted-foreground"> · {p.target.detail}</span>}
        </p>
      )}
      {p.changes.length > 0 && (
        <ul className="grid gap-1">
          {p.changes.map((c) => (
            <li key={c.field}>
              {c.label}: <span className="text-muted-foreground">{show(c.before)}</span> → <span className="font-medium">{show(c.after)}</span>
            </li>
          ))}
        </ul>
      )}
      {p.notes.map((n) => (
        <p key={n} className="text-muted-foreground">
          {n}
        </p>
      ))}
      {children}
    </div>
  );
}

/** The action dialog's dry run, plus whether a second person must approve it. */
export function PreviewChanges({ loading, data }: { loading: boolean; data?: ActionPreviewResponse }) {
  if (loading) return <Skeleton className="h-20 w-full" />;
  if (!data?.preview) return null;
  return (
    <PreviewBody preview={data.preview}>
      {data.approvalRequired && <p className="font-medium">A second person must approve this before it runs.</p>}
    </PreviewBody>
  );
}
