import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// Every Prisma CLI command first tries to download the native schema engine, which fails offline.
// Naming an existing file skips the download; Tenantry migrates with the wasm engine (lib/db/migrate),
// so the stub only explains itself if something does invoke it. Set TENANTRY_PRISMA_NATIVE_ENGINE=1
// where the download works and you want `prisma migrate deploy`.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && process.env.TENANTRY_PRISMA_NATIVE_ENGINE !== "1") {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(new URL("./prisma/engine-stub.sh", import.meta.url));
}
// The update check does a DNS lookup; this config loads before it runs.
process.env.CHECKPOINT_DISABLE ??= "1";

// The datasource is added only when DATABASE_URL is set: generate must work without it (a clean
// clone, CI before the DB), while `prisma migrate deploy` with a native engine needs it.
const url = process.env.DATABASE_URL;
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(url ? { datasource: { url } } : {}),
});
