import type { Metadata } from "next";
import Link from "next/link";
import { BadgeCheck, KeyRound, LockKeyhole, PlugZap, ShieldCheck, SlidersHorizontal, Users, type LucideIcon } from "lucide-react";

import { PageHeader } from "@/components/shell/page-header";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export const metadata: Metadata = { title: "Settings" };

// The settings areas, in the order an admin sets Tenantry up. Add new areas here.
const AREAS: { title: string; href: string; icon: LucideIcon; description: string }[] = [
  { title: "Partner connection", href: "/settings/partner-connection", icon: PlugZap, description: "The Secure Application Model connection to your partner tenant and its token health." },
  { title: "Access", href: "/settings/access", icon: ShieldCheck, description: "Which Microsoft Entra groups or app roles give which Tenantry role." },
  { title: "API keys", href: "/settings/api-keys", icon: KeyRound, description: "Keys for scripts, PSA integrations and CI, each bound to a role." },
  { title: "People", href: "/settings/people", icon: Users, description: "Everyone who has signed in, and which customer tenants each of them may see and act in." },
  { title: "Actions", href: "/settings/actions", icon: SlidersHorizontal, description: "Rules for every change in a customer tenant, such as which roles must give a ticket reference." },
  { title: "Protected accounts", href: "/settings/protected-accounts", icon: LockKeyhole, description: "Break-glass and other accounts in customer tenants that only admins can act on." },
  { title: "Approvals policy", href: "/settings/approvals", icon: BadgeCheck, description: "Which actions need a second person's approval, for which roles and tenants." },
];

export default function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" description="Most settings are for admins; others can look but not change." />
      <ul className="grid gap-4 md:grid-cols-3">
        {AREAS.map(({ title, href, icon: Icon, description }) => (
          <li key={href}>
            <Link href={href} className="block h-full rounded-xl outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
              <Card className="h-full transition-colors hover:bg-accent/40">
                <CardHeader>
                  <Icon className="mb-2 size-5 text-muted-foreground" aria-hidden="true" />
                  <CardTitle>
                    <h2>{title}</h2>
                  </CardTitle>
                  <CardDescription>{description}</CardDescription>
                </CardHeader>
              </Card>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
