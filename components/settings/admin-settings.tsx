import { redirect } from "next/navigation";

import { PageHeader } from "@/components/shell/page-header";
import { getActor } from "@/lib/auth/actor";
import { roleHas, type Permission } from "@/lib/authz/permissions";
import { AdminOnly } from "./admin-only";

/**
 * The frame of an admin settings page: sign-in, the header, and for anyone without `permission`
 * the plain refusal instead of the page (children are only rendered, and so only load, for admins).
 */
export async function AdminSettings({
  path,
  title,
  description,
  what,
  permission,
  children,
}: {
  path: string;
  title: string;
  description: React.ReactNode;
  what: string;
  permission: Permission;
  children: React.ReactNode;
}) {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${path}`);
  return (
    <>
      <PageHeader title={title} description={description} />
      {roleHas(actor.role, permission) ? children : <AdminOnly role={actor.role} what={what} />}
    </>
  );
}
