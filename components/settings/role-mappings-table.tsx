"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { apiFetch } from "@/lib/api/client";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { ConfirmButton } from "./confirm-button";

export interface RoleMappingRow {
  id: string;
  claimType: "group" | "app_role";
  claimValue: string;
  label: string | null;
  role: Role;
}

const CLAIM_LABELS = { group: "Group", app_role: "App role" } as const;

export function RoleMappingsTable({ mappings }: { mappings: RoleMappingRow[] }) {
  const router = useRouter();
  if (mappings.length === 0) {
    return <p className="text-sm text-muted-foreground">No mappings yet: only the bootstrap admin can sign in. Add one below.</p>;
  }

  async function remove(mapping: RoleMappingRow): Promise<boolean> {
    try {
      await apiFetch(`/api/v1/role-mappings/${mapping.id}`, { method: "DELETE" });
      toast.success("Mapping removed");
      router.refresh();
      return true;
    } catch (error) {
      toast.error(error instanceof Error ? error.message : "Could not remove the mapping.");
      return false;
    }
  }

  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Claim</TableHead>
          <TableHead>Group or app role</TableHead>
          <TableHead>Tenantry role</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {mappings.map((m) => {
          const name = m.label ?? m.claimValue;
          return (
            <TableRow key={m.id}>
              <TableCell>{CLAIM_LABELS[m.claimType]}</TableCell>
              <TableCell>
                <div className="flex flex-col">
                  {m.label && <span className="font-medium">{m.label}</span>}
                  <span className="font-mono text-xs text-muted-foreground">{m.claimValue}</span>
                </div>
              </TableCell>
              <TableCell>
                <Badge variant={m.role === "admin" ? "default" : "secondary"}>{ROLE_LABELS[m.role]}</Badge>
              </TableCell>
              <TableCell className="text-right">
                <ConfirmButton
                  label="Remove"
                  aria-label={`Remove mapping for ${name}`}
                  title={`Remove the mapping for ${name}?`}
                  description={`Members lose the ${ROLE_LABELS[m.role]} role at their next sign-in (sessions already open last until they expire).`}
                  confirmLabel="Remove mapping"
                  onConfirm={() => remove(m)}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
