import { QueryClient, defaultShouldDehydrateQuery, isServer } from "@tanstack/react-query";

/**
 * TanStack Query's App Router pattern: a fresh client per server request (never share one user's
 * cache with another), one long-lived client in the browser.
 */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Above zero so data prefetched on the server is not refetched immediately on hydration.
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      dehydrate: {
        // Also stream queries still pending when a server component hands off to the client.
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  // A new client on every render would drop the cache if React suspends during the first render.
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
