import { Section } from "@/components/tenants/overview/section";
import { formatDate } from "@/components/tenants/format";
import type { UserDetail } from "@/lib/microsoft/graph/user-reads";
import { UserTypeCell } from "../cells";
import { DetailRow } from "./rows";

/** Who the user is in the directory. */
export function UserIdentityCard({ user }: { user: UserDetail }) {
  return (
    <Section id="user-identity" title="Identity">
      <dl className="divide-y">
        <DetailRow label="Display name">{user.displayName || null}</DetailRow>
        <DetailRow label="User principal name"><span className="font-mono text-xs">{user.userPrincipalName}</span></DetailRow>
        <DetailRow label="Mail">{user.mail}</DetailRow>
        <DetailRow label="Job title">{user.jobTitle}</DetailRow>
        <DetailRow label="Department">{user.department}</DetailRow>
        <DetailRow label="Office">{user.officeLocation}</DetailRow>
        <DetailRow label="Mobile phone">{user.mobilePhone}</DetailRow>
        <DetailRow label="Usage location">{user.usageLocation}</DetailRow>
        <DetailRow label="User type"><UserTypeCell userType={user.userType} /></DetailRow>
        <DetailRow label="Created">{user.createdDateTime ? formatDate(user.createdDateTime) : null}</DetailRow>
        <DetailRow label="Object ID"><code className="break-all font-mono text-xs">{user.id}</code></DetailRow>
      </dl>
    </Section>
  );
}
