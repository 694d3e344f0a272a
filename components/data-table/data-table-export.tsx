import { Download } from "lucide-react";

import { Button } from "@/components/ui/button";

/**
 * CSV export as a plain link to the API's .csv twin with the same filters, so the browser streams
 * the download itself and the file matches what the table shows (all pages, not just this one).
 */
export function DataTableExport({ href, filename }: { href: string; filename?: string }) {
  return (
    <Button asChild variant="outline" size="sm" className="h-8">
      <a href={href} download={filename ?? true}>
        <Download aria-hidden="true" />
        Export CSV
      </a>
    </Button>
  );
}
