import {
  AuthenticationHandler, Client, GraphError, HTTPMessageHandler, PageIterator, RedirectHandler, RetryHandler,
  RetryHandlerOptions, TelemetryHandler, type PageCollection,
} from "@microsoft/microsoft-graph-client";
import { AppError } from "../../errors";
import { toRealUrl, type MicrosoftEndpoints } from "../endpoints";
import type { TokenBroker } from "../token-broker";
import { fromHttpFailure } from "../translate";
import { ConfiguredHostHandler } from "./transport";

export interface GraphDeps {
  broker: Pick<TokenBroker, "getAccessToken">;
  endpoints: MicrosoftEndpoints;
  /** called with Microsoft's request-id of every answer (the action executor audits them) */
  onRequestId?: (requestId: string) => void;
}

/** A Graph client acting in one tenant with the partner's delegated token for that tenant. */
export interface GraphClient {
  tenantId: string;
  sdk: Client;
  endpoints: MicrosoftEndpoints;
  /** the broker's own error (code + fix-it), which the SDK would otherwise flatten into a GraphError */
  lastTokenError?: AppError;
}

export function graphClient(tenantId: string, deps: GraphDeps): GraphClient {
  const gc = { tenantId, endpoints: deps.endpoints } as GraphClient;
  const authProvider = {
    getAccessToken: async () => {
      try {
        return (await deps.broker.getAccessToken({ tenantId, resource: "graph" })).token;
      } catch (e) {
        if (e instanceof AppError) gc.lastTokenError = e;
        throw e;
      }
    },
  };
  // The SDK's default chain, plus our host mapping just before the wire. RetryHandler honours
  // Retry-After on 429/503/504 (3 retries).
  gc.sdk = Client.initWithMiddleware({
    middleware: [
      new AuthenticationHandler(authProvider),
      new RetryHandler(new RetryHandlerOptions()),
      new RedirectHandler(),
      new TelemetryHandler(),
      new ConfiguredHostHandler(deps.endpoints, deps.onRequestId),
      new HTTPMessageHandler(),
    ],
  });
  return gc;
}

/** Runs one SDK call and turns every failure into an AppError with our code and fix-it. */
export async function graphCall<T>(gc: GraphClient, fn: (sdk: Client) => Promise<T>): Promise<T> {
  gc.lastTokenError = undefined;
  try {
    return await fn(gc.sdk);
  } catch (e) {
    throw toAppError(e, gc);
  }
}

/** Every item of a collection, following @odata.nextLink with the SDK's PageIterator. */
export async function graphGetAll<T>(gc: GraphClient, first: (sdk: Client) => Promise<PageCollection>): Promise<T[]> {
  return graphCall(gc, async (sdk) => {
    const items: T[] = [];
    // nextLinks come back on the configured host; the SDK only parses real Graph URLs.
    const pager = { api: (link: string) => sdk.api(toRealUrl(link, gc.endpoints)) } as unknown as Client;
    await new PageIterator(pager, await first(sdk), (item) => {
      items.push(item as T);
      return true;
    }).iterate();
    return items;
  });
}

function toAppError(e: unknown, gc: GraphClient): AppError {
  if (e instanceof AppError) return e;
  if (gc.lastTokenError) return gc.lastTokenError;
  if (e instanceof GraphError && e.statusCode > 0) {
    let error: unknown;
    try {
      error = JSON.parse(String(e.body));
    } catch {
      error = { code: e.code ?? undefined, message: e.message };
    }
    return fromHttpFailure(e.statusCode, { error }, e.requestId ?? e.headers?.get("request-id") ?? undefined);
  }
  return new AppError("MICROSOFT_UNAVAILABLE", "Microsoft Graph could not be reached.", {
    fixIt: "Retry in a moment. If it persists, check this server's outbound connection to Microsoft Graph.",
    cause: e,
  });
}
