"use client";

import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { ConfirmButton } from "./confirm-button";
import { useDeleteRow } from "./use-delete-row";

export interface RoleMappingRow {
  id: string;
  claimType: "group" | "app_role";
  claimValue: string;
  label: string | null;
  role: Role;
}

const CLAIM_LABELS = { group: "Group", app_role: "App role" } as const;

export function RoleMappingsTable({ mappings }: { mappings: RoleMappingRow[] }) {
  const deleteRow = useDeleteRow();
  if (mappings.length === 0) {
    return <p className="text-sm text-muted-foreground">No mappings yet: only the bootstrap admin can sign in. Add one below.</p>;
  }

  const remove = (mapping: RoleMappingRow) => deleteRow(`/api/v1/role-mappings/${mapping.id}`, { success: "Mapping removed", failure: "Could not remove the mapping." });

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
