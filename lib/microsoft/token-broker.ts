import { AppError } from "../errors";
import { REAL_HOSTS, type MicrosoftEndpoints } from "./endpoints";
import { partnerClient } from "./partner-app";
import { RESOURCES, type Resource } from "./resources";
import { fromMsalError } from "./translate";

/** What the broker needs from storage. Only the token broker ever sees these values. */
export interface SamCredentials {
  partnerTenantId: string;
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  /** optimistic-concurrency version of the stored refresh token */
  refreshTokenVersion: number;
}

export interface CredentialStore {
  load(): Promise<SamCredentials | null>;
  /** Persists a rotated refresh token unless someone stored a newer one first; false on conflict. */
  saveRotatedRefreshToken(refreshToken: string, expectedVersion: number): Promise<boolean>;
  recordSuccess(at: Date): Promise<void>;
  /** `scope` says where it failed: a customer's consent or CA problem is not the connection's. */
  recordFailure(error: AppError, at: Date, scope?: { tenantId: string; resource: Resource }): Promise<void>;
}

export interface AccessToken {
  token: string;
  expiresOn: Date;
  tenantId: string;
  resource: Resource;
}

export interface BrokerStats {
  hits: number;
  misses: number;
  upstream: number;
  shared: number;
  failures: number;
}

export interface TokenBroker {
  getAccessToken(req: { tenantId: string; resource: Resource }): Promise<AccessToken>;
  stats(): BrokerStats;
  /** Drops cached tokens (all, or one tenant's), e.g. after reconnecting. */
  invalidate(tenantId?: string): void;
}

const SKEW_MS = 2 * 60 * 1000;

/**
 * Mints access tokens for any (tenant, resource) by redeeming the partner refresh token at
 * that tenant's authority. Caches per (tenant, resource) with a 2-minute skew and collapses
 * concurrent misses into one upstream request (single flight).
 */
export function createTokenBroker(deps: { store: CredentialStore; endpoints: MicrosoftEndpoints; now?: () => number }): TokenBroker {
  const now = deps.now ?? Date.now;
  const cache = new Map<string, AccessToken>();
  const inflight = new Map<string, Promise<AccessToken>>();
  const stats: BrokerStats = { hits: 0, misses: 0, upstream: 0, shared: 0, failures: 0 };

  async function redeem(tenantId: string, resource: Resource): Promise<AccessToken> {
    const creds = await deps.store.load();
    if (!creds) {
      throw new AppError("NOT_CONNECTED", "Tenantry is not connected to a partner tenant yet.", {
        fixIt: "An admin completes the setup wizard: Settings → Partner connection.",
      });
    }
    stats.upstream++;
    let rotated: string | undefined;
    const app = partnerClient(creds, deps.endpoints, (rt) => (rotated = rt));
    try {
      const result = await app.acquireTokenByRefreshToken({
        refreshToken: creds.refreshToken,
        scopes: [RESOURCES[resource].scope],
        authority: `${REAL_HOSTS.identity}/${tenantId}`,
      });
      if (!result?.accessToken) throw new AppError("MICROSOFT_ERROR", "The identity platform returned no access token.");
      if (rotated && rotated !== creds.refreshToken) await deps.store.saveRotatedRefreshToken(rotated, creds.refreshTokenVersion);
      await deps.store.recordSuccess(new Date(now()));
      return { token: result.accessToken, expiresOn: result.expiresOn ?? new Date(now() + 3600_000), tenantId, resource };
    } catch (e) {
      stats.failures++;
      const err = e instanceof AppError ? e : fromMsalError(e);
      await deps.store.recordFailure(err, new Date(now()), { tenantId, resource }).catch(() => undefined);
      throw err;
    }
  }

  return {
    async getAccessToken({ tenantId, resource }) {
      const key = `${tenantId.toLowerCase()}|${resource}`;
      const hit = cache.get(key);
      if (hit && hit.expiresOn.getTime() - SKEW_MS > now()) {
        stats.hits++;
        return hit;
      }
      const pending = inflight.get(key);
      if (pending) {
        stats.shared++;
        return pending;
      }
      stats.misses++;
      const p = redeem(tenantId, resource)
        .then((t) => {
          cache.set(key, t);
          return t;
        })
        .finally(() => inflight.delete(key));
      inflight.set(key, p);
      return p;
    },
    stats: () => ({ ...stats }),
    invalidate(tenantId) {
      if (!tenantId) return cache.clear();
      for (const k of cache.keys()) if (k.startsWith(`${tenantId.toLowerCase()}|`)) cache.delete(k);
    },
  };
}
