"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm } from "react-hook-form";

import { describedBy, FormField } from "@/components/settings/form-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { TenantDomain } from "@/lib/microsoft/graph/tenant-info";
import { useDomains } from "./api";
import { createUserForm, type CreateUserFields, type CreateUserInput } from "./create-user-schema";
import { ReviewFooter } from "./form-action";
import { GroupSearch } from "./group-search";
import { LicenceSelect } from "./licence-select";
import { Loading } from "./loading";
import { TextField } from "./text-field";

interface Props {
  tenantId: string;
  /** what was typed before going to the confirm step and back */
  draft: CreateUserFields | null;
  onCancel(): void;
  onReview(input: CreateUserInput, fields: CreateUserFields): void;
}

/** The new user's fields; the domain picker offers only the tenant's verified domains. */
export function CreateUserForm(props: Props) {
  const domains = useDomains(props.tenantId);
  if (domains.isPending) return <Loading className="h-64 w-full" label="Loading the tenant's domains" />;
  if (domains.isError) {
    return (
      <div role="alert" className="flex flex-col items-start gap-2 text-sm text-destructive">
        <p>Could not read the tenant&apos;s domains: {domains.error.message}</p>
        <Button variant="outline" size="sm" onClick={() => void domains.refetch()}>
          Retry
        </Button>
      </div>
    );
  }
  const verified = domains.data.filter((d) => d.isVerified);
  if (!verified.length) return <p className="text-sm">This tenant has no verified domain, so no user can be created in it yet.</p>;
  return <Fields {...props} verified={verified} />;
}

function Fields({ tenantId, draft, onCancel, onReview, verified }: Props & { verified: TenantDomain[] }) {
  const preferred = verified.find((d) => d.isDefault) ?? verified[0]!;
  const form = useForm<CreateUserFields, unknown, CreateUserInput>({
    resolver: zodResolver(createUserForm),
    defaultValues: draft ?? { displayName: "", mailNickname: "", domain: preferred.id, usageLocation: "", skuId: "", groupIds: [] },
  });
  const { errors } = form.formState;
  // The action schema checks the whole sign-in name; its error lands on the username.
  const upnError = errors.mailNickname?.message ?? (errors as Record<string, { message?: string } | undefined>).userPrincipalName?.message;

  return (
    <form onSubmit={form.handleSubmit((input) => onReview(input, form.getValues()))} noValidate className="flex flex-col gap-4">
      <TextField id="new-user-name" label="Display name" error={errors.displayName?.message} field={form.register("displayName")} />
      <FormField id="new-user-upn" label="Username" hint="The part before @; also the mail nickname." error={upnError}>
        <div className="flex items-center gap-2">
          <Input id="new-user-upn" autoComplete="off" className="flex-1" {...form.register("mailNickname")} {...describedBy("new-user-upn", upnError, "hint")} />
          <span aria-hidden="true">@</span>
          <NativeSelect aria-label="Domain" className="min-w-48" {...form.register("domain")}>
            {verified.map((d) => (
              <option key={d.id} value={d.id}>
                {d.id}
              </option>
            ))}
          </NativeSelect>
        </div>
      </FormField>
      <TextField id="new-user-location" label="Usage location" hint="Two-letter country code, e.g. GB or US; needed for a licence." maxLength={2} className="w-24 uppercase" error={errors.usageLocation?.message} field={form.register("usageLocation")} />
      <FormField id="new-user-licence" label="Licence (optional)" error={errors.skuId?.message}>
        <Controller control={form.control} name="skuId" render={({ field }) => <LicenceSelect id="new-user-licence" tenantId={tenantId} none="No licence" value={field.value} onChange={field.onChange} {...describedBy("new-user-licence", errors.skuId?.message)} />} />
      </FormField>
      <Controller
        control={form.control}
        name="groupIds"
        render={({ field }) => <GroupSearch tenantId={tenantId} multiple label="Groups (optional)" selected={field.value} onChange={field.onChange} />}
      />
      {errors.groupIds?.message && <p className="text-xs text-destructive">{errors.groupIds.message}</p>}
      <ReviewFooter onCancel={onCancel} />
    </form>
  );
}
