import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

// One code path for production Postgres and demo mode: in demo mode DATABASE_URL points at the
// embedded PGlite server (lib/db/embedded.ts), which speaks the Postgres protocol.

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

// Dev servers re-evaluate modules on every change; keep one client (and one pool) per process.
const globalForPrisma = globalThis as unknown as { tenantryPrisma?: PrismaClient };

export function getPrisma(): PrismaClient {
  if (!globalForPrisma.tenantryPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: the database client cannot start");
    globalForPrisma.tenantryPrisma = createPrismaClient(url);
  }
  return globalForPrisma.tenantryPrisma;
}

/**
 * The process-wide client. Created on first use rather than at import, so importing a module that
 * uses it (e.g. while `next build` collects routes) does not require DATABASE_URL.
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getPrisma();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
