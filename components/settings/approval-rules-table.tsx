"use client";

import { toast } from "sonner";

import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApprovalPolicy } from "@/lib/actions/approval-policy";
import { getAction } from "@/lib/actions/registry";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { ConfirmButton } from "./confirm-button";
import { useSavePolicy } from "./use-save-policy";

type Rule = ApprovalPolicy["rules"][number];

export const ruleActions = (r: Rule) => (r.actions.includes("*") ? "Every action" : r.actions.map((id) => getAction(id)?.title ?? id).join(", "));
const ruleRoles = (r: Rule) => (r.roles ? r.roles.map((role) => ROLE_LABELS[role]).join(", ") : "Everyone");
function ruleWhere(r: Rule, tenantNames: Record<string, string>) {
  const parts = [
    ...(r.tenantIds ?? []).map((id) => tenantNames[id] ?? id),
    ...(r.tenantTags ?? []).map((t) => `tagged ${t}`),
  ];
  return parts.length ? parts.join(", ") : "Every tenant";
}

/** The policy's rules; any one that matches sends the action for approval. */
export function ApprovalRulesTable({ policy, tenantNames }: { policy: ApprovalPolicy; tenantNames: Record<string, string> }) {
  const save = useSavePolicy();
  if (policy.rules.length === 0) {
    return <p className="text-sm text-muted-foreground">No rules: only actions that always need approval wait for a second person. Add a rule below.</p>;
  }
  const remove = async (index: number) => {
    try {
      await save({ rules: policy.rules.filter((_, i) => i !== index) });
      toast.success("Rule removed");
      return true;
    } catch (error) {
      toast.error(error instanceof Error ? error.message : "Could not remove the rule.");
      return false;
    }
  };
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Actions</TableHead>
          <TableHead>Requested by</TableHead>
          <TableHead>In</TableHead>
          <TableHead className="text-right"><span className="sr-only">Remove</span></TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {policy.rules.map((r, i) => (
          <TableRow key={i} data-testid="approval-rule">
            <TableCell className="whitespace-normal">{ruleActions(r)}</TableCell>
            <TableCell>{r.roles ? ruleRoles(r) : <Badge variant="secondary">Everyone</Badge>}</TableCell>
            <TableCell className="whitespace-normal">{ruleWhere(r, tenantNames)}</TableCell>
            <TableCell className="text-right">
              <ConfirmButton
                label="Remove"
                aria-label={`Remove rule ${i + 1}: ${ruleActions(r)}`}
                title="Remove this rule?"
                description={`${ruleActions(r)} requested by ${ruleRoles(r).toLowerCase()} in ${ruleWhere(r, tenantNames).toLowerCase()} will run without a second person, unless another rule or the action itself needs one. Pending requests stay pending.`}
                confirmLabel="Remove rule"
                onConfirm={() => remove(i)}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
