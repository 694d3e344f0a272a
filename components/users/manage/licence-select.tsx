"use client";

import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { seatLabel, useLicences } from "./api";
import { Loading } from "./loading";

interface Props {
  id: string;
  tenantId: string;
  value: string;
  onChange(skuId: string): void;
  /** SKUs the user already holds: listed, but not selectable */
  held?: ReadonlySet<string>;
  /** the first option's text, e.g. "No licence" (a valid choice) or "Choose a licence…" */
  none: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}

/** The tenant's subscriptions with live seats ("3 of 25 free"); one with no free seat is disabled and says why. */
export function LicenceSelect({ id, tenantId, value, onChange, held, none, ...aria }: Props) {
  const licences = useLicences(tenantId);
  if (licences.isPending) return <Loading className="h-9 w-full" label="Loading licences" />;
  if (licences.isError) {
    return (
      <p role="alert" className="flex items-center gap-2 text-sm text-destructive">
        Could not read the tenant&apos;s licences: {licences.error.message}
        <Button type="button" variant="outline" size="sm" onClick={() => void licences.refetch()}>
          Retry
        </Button>
      </p>
    );
  }
  if (!licences.data.length) return <p className="text-sm text-muted-foreground">This tenant has no licence subscriptions.</p>;
  return (
    <NativeSelect id={id} value={value} onChange={(e) => onChange(e.target.value)} {...aria}>
      <option value="">{none}</option>
      {licences.data.map((s) => {
        const seats = seatLabel(s);
        const why = held?.has(s.skuId) ? "already assigned" : seats.blocked;
        return (
          <option key={s.skuId} value={s.skuId} disabled={!!why}>
            {`${s.skuPartNumber} · ${seats.text}${why ? ` (${why})` : ""}`}
          </option>
        );
      })}
    </NativeSelect>
  );
}
