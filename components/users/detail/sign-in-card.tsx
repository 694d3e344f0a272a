import { Section } from "@/components/tenants/overview/section";
import { formatDateTime } from "@/components/tenants/format";
import type { UserDetail } from "@/lib/microsoft/graph/user-reads";
import { AccountCell } from "../cells";
import { DetailRow } from "./rows";

/** Can they sign in, and since when do their sessions count. */
export function UserSignInCard({ user }: { user: UserDetail }) {
  return (
    <Section id="user-sign-in" title="Sign-in" description="Last sign-in times need Entra ID P1 sign-in logs, which Tenantry does not read.">
      <dl className="divide-y">
        <DetailRow label="Sign-in">
          <span data-testid="user-sign-in-state"><AccountCell enabled={user.signIn.accountEnabled} /></span>
        </DetailRow>
        <DetailRow label="Sessions valid from">
          <span suppressHydrationWarning>{user.signIn.sessionsValidFrom ? formatDateTime(user.signIn.sessionsValidFrom) : null}</span>
        </DetailRow>
        <DetailRow label="Password changed">
          <span suppressHydrationWarning>{user.signIn.lastPasswordChange ? formatDateTime(user.signIn.lastPasswordChange) : null}</span>
        </DetailRow>
      </dl>
    </Section>
  );
}
