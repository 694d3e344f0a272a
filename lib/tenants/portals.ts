import type { TenantDetail } from "./types";

/**
 * Microsoft admin portals opened in this customer's context (partner delegated access). The
 * Microsoft 365 admin center takes the tenant id; the others take its initial domain, falling
 * back to the id when the sync could not read the domains yet.
 */
export function portalLinks(t: { id: string; initialDomain: string | null }): TenantDetail["portals"] {
  const domain = encodeURIComponent(t.initialDomain ?? t.id);
  return [
    { id: "m365", label: "Microsoft 365 admin center", href: `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${encodeURIComponent(t.id)}&CSDEST=o365admincenter` },
    { id: "entra", label: "Microsoft Entra admin center", href: `https://entra.microsoft.com/${domain}` },
    { id: "exchange", label: "Exchange admin center", href: `https://admin.exchange.microsoft.com/?landingpage=homepage&form=mac_sidebar&delegatedOrg=${domain}` },
    { id: "intune", label: "Microsoft Intune admin center", href: `https://intune.microsoft.com/${domain}` },
  ];
}
