import type { Metadata } from "next";

import { AdminSettings } from "@/components/settings/admin-settings";
import { PeopleTable } from "@/components/settings/people-table";

export const metadata: Metadata = { title: "People" };
export const dynamic = "force-dynamic";

export default function PeoplePage() {
  return (
    <AdminSettings
      path="/settings/people"
      title="People"
      description="Everyone who has signed in. Roles come from Settings → Access at each sign-in; the tenant scope set here limits which customer tenants a person sees and acts in, from their next request."
      what="people's tenant scopes"
      permission="scopes.manage"
    >
      <PeopleTable />
    </AdminSettings>
  );
}
