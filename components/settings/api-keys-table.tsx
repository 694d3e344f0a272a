"use client";

import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { displayPrefix } from "@/lib/auth/api-key-display";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { ConfirmButton } from "./confirm-button";
import { useDeleteRow } from "./use-delete-row";

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: string;
  createdBy: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "Never";

export function ApiKeysTable({ keys }: { keys: ApiKeyRow[] }) {
  const deleteRow = useDeleteRow();
  if (keys.length === 0) return <p className="text-sm text-muted-foreground">No API keys yet.</p>;

  const revoke = (key: ApiKeyRow) => deleteRow(`/api/v1/api-keys/${key.prefix}`, { success: `Revoked “${key.name}”`, failure: "Could not revoke the key." });

  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Key</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Created</TableHead>
          <TableHead>Last used</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {keys.map((k) => (
          <TableRow key={k.id} className={k.revokedAt ? "text-muted-foreground" : undefined}>
            <TableCell className="font-medium">{k.name}</TableCell>
            <TableCell className="font-mono text-xs">{displayPrefix(k.prefix)}</TableCell>
            <TableCell>
              <Badge variant="secondary">{ROLE_LABELS[k.role]}</Badge>
            </TableCell>
            <TableCell>
              {when(k.createdAt)}
              {k.createdBy && <span className="block text-xs text-muted-foreground">by {k.createdBy}</span>}
            </TableCell>
            <TableCell>{when(k.lastUsedAt)}</TableCell>
            <TableCell className="text-right">
              {k.revokedAt ? (
                <Badge variant="outline">Revoked {when(k.revokedAt)}</Badge>
              ) : (
                <ConfirmButton
                  label="Revoke"
                  aria-label={`Revoke ${k.name}`}
                  title={`Revoke “${k.name}”?`}
                  description="Anything using this key gets 401 API_KEY_INVALID from its next request. This cannot be undone."
                  confirmLabel="Revoke key"
                  onConfirm={() => revoke(k)}
                />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
