import { Section, SectionEmpty } from "@/components/tenants/overview/section";
import type { UserDetail } from "@/lib/microsoft/graph/user-reads";

/** Read-only; components/users/manage/UserGroups replaces it where membership can be changed. */
export function UserGroupsCard({ groups }: { groups: UserDetail["groups"] }) {
  return (
    <Section id="user-groups" title="Group memberships" description={groups.length ? `${groups.length} direct memberships` : undefined}>
      {groups.length === 0 ? (
        <SectionEmpty>Not a direct member of any group.</SectionEmpty>
      ) : (
        <ul className="flex flex-col gap-1 text-sm" aria-label="Groups">
          {[...groups].sort((a, b) => a.displayName.localeCompare(b.displayName)).map((g) => (
            <li key={g.id}>{g.displayName}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}
