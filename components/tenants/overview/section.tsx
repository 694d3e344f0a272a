import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** A titled card of the overview; headings are h2 so the page outline reads tenant → sections. */
export function Section({
  title,
  description,
  action,
  children,
  className,
  id,
}: {
  title: string;
  description?: React.ReactNode;
  action?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
  /** Names the region (aria-labelledby) and is the test id. */
  id: string;
}) {
  const headingId = `${id}-title`;
  return (
    <Card className={className} role="region" aria-labelledby={headingId} data-testid={id}>
      <CardHeader className="flex flex-row items-start justify-between gap-4">
        <div className="flex flex-col gap-1.5">
          <CardTitle>
            <h2 id={headingId} className="text-base font-semibold">{title}</h2>
          </CardTitle>
          {description && <CardDescription>{description}</CardDescription>}
        </div>
        {action}
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

/** The quiet "nothing here" line inside a section. */
export function SectionEmpty({ children }: { children: React.ReactNode }) {
  return <p className="rounded-md border border-dashed p-4 text-center text-sm text-muted-foreground">{children}</p>;
}
