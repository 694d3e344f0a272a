"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ApprovalPolicy } from "@/lib/actions/approval-policy";
import { ACTIONS, ACTION_IDS } from "@/lib/actions/registry";
import { ApiError } from "@/lib/api/client";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { approvalRuleFormSchema, EMPTY_RULE_FORM, formFieldOf, toRule, type ApprovalRuleForm } from "./approval-rule-schema";
import { describedBy } from "./form-field";
import { useSavePolicy } from "./use-save-policy";

const BOX = "size-4 accent-primary";

function Group({ legend, error, id, children }: { legend: string; error?: string; id: string; children: React.ReactNode }) {
  return (
    <fieldset className="grid gap-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {children}
      {error && <p id={`${id}-error`} className="text-xs text-destructive">{error}</p>}
    </fieldset>
  );
}

const Choice = ({ children, ...input }: React.ComponentProps<"input">) => (
  <label className="flex items-center gap-2 text-sm">
    <input className={BOX} {...input} />
    {children}
  </label>
);

/** Adds one rule to the policy; the API's field errors on the new rule land on their field. */
export function ApprovalRuleForm({ policy, tenants }: { policy: ApprovalPolicy; tenants: { id: string; name: string }[] }) {
  const save = useSavePolicy();
  const form = useForm<ApprovalRuleForm>({ resolver: zodResolver(approvalRuleFormSchema), defaultValues: EMPTY_RULE_FORM });
  const { errors, isSubmitting } = form.formState;
  const [which, where] = form.watch(["which", "where"]);

  async function onSubmit(values: ApprovalRuleForm) {
    const index = policy.rules.length;
    try {
      await save({ rules: [...policy.rules, toRule(values)] });
      toast.success("Rule added");
      form.reset(EMPTY_RULE_FORM);
    } catch (error) {
      const fields = error instanceof ApiError ? Object.entries(error.fields ?? {}) : [];
      const mapped = fields.map(([path, messages]) => [formFieldOf(path, index), messages[0]] as const).filter(([field]) => field);
      for (const [field, message] of mapped) form.setError(field!, { message });
      if (!mapped.length) toast.error(error instanceof Error ? error.message : "Could not add the rule.");
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="grid gap-6 md:grid-cols-3" aria-label="Add an approval rule">
      <Group legend="Actions" id="actions" error={errors.actions?.message}>
        <Choice type="radio" value="chosen" {...form.register("which")}>These actions:</Choice>
        <div className="grid gap-1.5 pl-6">
          {ACTION_IDS.map((id) => (
            <Choice key={id} type="checkbox" value={id} disabled={which === "all"} {...form.register("actions")}>{ACTIONS[id].title}</Choice>
          ))}
        </div>
        <Choice type="radio" value="all" {...form.register("which")}>Every action, including ones added later</Choice>
      </Group>
      <Group legend="Requested by (none ticked: everyone)" id="roles" error={errors.roles?.message}>
        {ROLES.map((role) => (
          <Choice key={role} type="checkbox" value={role} {...form.register("roles")}>{ROLE_LABELS[role]}</Choice>
        ))}
      </Group>
      <Group legend="In" id="where" error={errors.tenantIds?.message ?? errors.tenantTags?.message}>
        <Choice type="radio" value="all" {...form.register("where")}>Every tenant</Choice>
        <Choice type="radio" value="tenants" {...form.register("where")}>These tenants:</Choice>
        <select
          multiple
          aria-label="Tenants"
          disabled={where !== "tenants"}
          className="ml-6 h-32 rounded-md border border-input bg-card p-1 text-sm disabled:opacity-50 dark:bg-input/30"
          {...form.register("tenantIds")}
          {...describedBy("where", errors.tenantIds?.message)}
        >
          {tenants.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </select>
        <Choice type="radio" value="tags" {...form.register("where")}>Tenants tagged:</Choice>
        <Input
          aria-label="Tenant tags, comma separated"
          placeholder="e.g. vip, regulated"
          disabled={where !== "tags"}
          className="ml-6 w-auto"
          autoComplete="off"
          {...form.register("tenantTags")}
          {...describedBy("where", errors.tenantTags?.message)}
        />
      </Group>
      <div className="md:col-span-3">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Adding…" : "Add rule"}</Button>
      </div>
    </form>
  );
}
