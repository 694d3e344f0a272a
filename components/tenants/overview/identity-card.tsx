import { Badge } from "@/components/ui/badge";
import type { TenantView } from "@/lib/tenants/types";
import { formatDate, formatDateTime } from "../format";
import { CopyButton } from "./copy-button";
import { Section, SectionEmpty } from "./section";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] items-start gap-2 py-1.5 text-sm">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

/** Who this customer is in Microsoft's terms: tenant id, domains, organization. */
export function IdentityCard({ tenant }: { tenant: TenantView }) {
  const org = tenant.organization;
  return (
    <Section id="tenant-identity" title="Identity">
      <dl className="divide-y">
        <Row label="Tenant ID">
          <span className="flex items-center gap-1">
            <code className="break-all font-mono text-xs" data-testid="tenant-id">{tenant.id}</code>
            <CopyButton value={tenant.id} label="Copy tenant ID" />
          </span>
        </Row>
        {org && org.displayName !== tenant.displayName && <Row label="Organization">{org.displayName}</Row>}
        {org?.countryLetterCode && <Row label="Country">{org.countryLetterCode}</Row>}
        {org?.createdDateTime && <Row label="Created">{formatDate(org.createdDateTime)}</Row>}
        <Row label="Last sync">
          <span suppressHydrationWarning>{formatDateTime(tenant.syncedAt)}</span>
        </Row>
        {tenant.tags.length > 0 && (
          <Row label="Tags">
            <span className="flex flex-wrap gap-1">
              {tenant.tags.map((tag) => (
                <Badge key={tag} variant="secondary" className="font-normal">{tag}</Badge>
              ))}
            </span>
          </Row>
        )}
      </dl>
      <h3 className="mt-4 mb-2 text-sm font-medium">Domains</h3>
      {tenant.domains.length === 0 ? (
        <SectionEmpty>No domains read yet — they appear after the next sync.</SectionEmpty>
      ) : (
        <ul className="flex flex-col gap-1.5" aria-label="Domains">
          {tenant.domains.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-1.5 text-sm">
              <span className="font-mono text-xs">{d.id}</span>
              {d.isDefault && <Badge variant="default">Default</Badge>}
              {d.isInitial && <Badge variant="outline">Initial</Badge>}
              {!d.isVerified && <Badge variant="warning">Unverified</Badge>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
