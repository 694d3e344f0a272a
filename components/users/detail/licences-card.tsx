import { Section, SectionEmpty } from "@/components/tenants/overview/section";
import type { UserDetail } from "@/lib/microsoft/graph/user-reads";

/** Read-only; components/users/manage/UserLicences replaces it where licences can be changed. */
export function UserLicencesCard({ licences }: { licences: UserDetail["licences"] }) {
  return (
    <Section id="user-licences" title="Licences">
      {licences.length === 0 ? (
        <SectionEmpty>No licence assigned.</SectionEmpty>
      ) : (
        <ul className="flex flex-col gap-1.5 text-sm" aria-label="Assigned licences">
          {licences.map((l) => (
            <li key={l.skuId} className="flex flex-col">
              <span className="font-medium">{l.skuPartNumber ?? "Unknown licence"}</span>
              <span className="font-mono text-xs text-muted-foreground">{l.skuId}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
