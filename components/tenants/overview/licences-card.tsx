import { Progress } from "@/components/ui/progress";
import type { TenantDetail } from "@/lib/tenants/types";
import { formatNumber } from "../format";
import { Section, SectionEmpty } from "./section";

/** Seats used against seats bought, in total and per subscription (SKU). */
export function LicencesCard({ tenant }: { tenant: TenantDetail }) {
  const total = tenant.licenses;
  const skus = [...tenant.licenseSkus].sort((a, b) => b.enabled - a.enabled);
  return (
    <Section id="tenant-licences" title="Licences">
      {!total ? (
        <SectionEmpty>Licences have not been read for this tenant yet.</SectionEmpty>
      ) : (
        <div className="flex flex-col gap-4">
          <div className="flex flex-col gap-2">
            <p className="text-sm">
              <span className="text-2xl font-semibold tabular-nums">{formatNumber(total.consumed)}</span>
              <span className="text-muted-foreground"> of {formatNumber(total.enabled)} seats used · </span>
              <span className="font-medium tabular-nums">{formatNumber(Math.max(0, total.enabled - total.consumed))}</span>
              <span className="text-muted-foreground"> available</span>
            </p>
            <Progress value={total.enabled ? Math.min(100, (total.consumed / total.enabled) * 100) : 0} aria-label="Seats used" />
          </div>
          {skus.length > 0 && (
            <ul className="flex flex-col divide-y text-sm" aria-label="Subscriptions">
              {skus.map((s) => (
                <li key={s.skuId} className="flex items-center justify-between gap-2 py-1.5">
                  <span className="truncate font-mono text-xs" title={s.skuId}>{s.skuPartNumber}</span>
                  <span className="tabular-nums text-muted-foreground">
                    {formatNumber(s.consumed)} / {formatNumber(s.enabled)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Section>
  );
}
