import { getPrisma } from "../db/client";
import { env } from "../env";
import { endpointsFromEnv } from "./endpoints";
import { createTokenBroker, type TokenBroker } from "./token-broker";
import { createPrismaCredentialStore, type PrismaCredentialStore } from "./token-broker-store";

// Server-only by construction: it needs Prisma and the master key, neither of which exists in a
// browser bundle. One broker per process so the token cache and single flight are shared by every
// route handler (and, in the worker, every job); kept on globalThis so dev reloads reuse it.

if (typeof window !== "undefined") throw new Error("lib/microsoft/broker is server-only");

const g = globalThis as unknown as { tenantryBroker?: TokenBroker; tenantryCredentialStore?: PrismaCredentialStore };

export function getCredentialStore(): PrismaCredentialStore {
  g.tenantryCredentialStore ??= createPrismaCredentialStore(getPrisma());
  return g.tenantryCredentialStore;
}

export function getTokenBroker(): TokenBroker {
  g.tenantryBroker ??= createTokenBroker({ store: getCredentialStore(), endpoints: endpointsFromEnv(env()) });
  return g.tenantryBroker;
}
