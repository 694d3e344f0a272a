import { getTokenBroker } from "../broker";
import { endpointsFromEnv } from "../endpoints";
import { env } from "../../env";
import { graphClient, type GraphClient } from "./client";

export * from "./operations";

/** App code's entry: a Graph client for one tenant, tokens from the process-wide broker. */
export function graphFor(tenantId: string): GraphClient {
  return graphClient(tenantId, { broker: getTokenBroker(), endpoints: endpointsFromEnv(env()) });
}
