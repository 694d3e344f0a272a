import { getTokenBroker } from "../broker";
import { env } from "../../env";
import { createPartnerCenterClient, type PartnerCenterClient } from "./client";

export * from "./client";
export * from "./types";

/** App code's entry: Partner Center as the partner, tokens from the process-wide broker at the partner tenant. */
export function partnerCenterFor(partnerTenantId: string): PartnerCenterClient {
  const broker = getTokenBroker();
  return createPartnerCenterClient({
    baseUrl: env().MICROSOFT_PARTNER_CENTER_URL,
    getToken: async () => (await broker.getAccessToken({ tenantId: partnerTenantId, resource: "partnerCenter" })).token,
  });
}
