import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getTokenBroker } from "@/lib/microsoft/broker";
import { graphClient, type GraphClient } from "@/lib/microsoft/graph/client";
import { endpointsFromEnv } from "@/lib/microsoft/endpoints";

/** What the executor needs from the process; injected so tests can bring their own. */
export interface ExecutorDeps {
  prisma: PrismaClient;
  /** a Graph client acting in `tenantId` that reports every Microsoft request id */
  graph(tenantId: string, onRequestId: (requestId: string) => void): GraphClient;
}

export function defaultExecutorDeps(): ExecutorDeps {
  return {
    prisma: getPrisma(),
    graph: (tenantId, onRequestId) => graphClient(tenantId, { broker: getTokenBroker(), endpoints: endpointsFromEnv(env()), onRequestId }),
  };
}
