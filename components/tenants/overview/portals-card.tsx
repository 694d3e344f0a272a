import { ExternalLink } from "lucide-react";

import type { TenantDetail } from "@/lib/tenants/types";
import { Section, SectionEmpty } from "./section";

/** Microsoft's admin portals opened in this customer's context (GDAP), each in a new tab. */
export function PortalsCard({ tenant }: { tenant: TenantDetail }) {
  return (
    <Section id="tenant-portals" title="Admin portals">
      {tenant.portals.length === 0 ? (
        <SectionEmpty>No portal links for this tenant.</SectionEmpty>
      ) : (
        <ul className="flex flex-col gap-1">
          {tenant.portals.map((p) => (
            <li key={p.id}>
              <a
                href={p.href}
                target="_blank"
                rel="noopener noreferrer"
                className="flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-sm font-medium outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50"
              >
                {p.label}
                <ExternalLink className="size-3.5 text-muted-foreground" aria-hidden="true" />
                <span className="sr-only">(opens in a new tab)</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
