#!/bin/sh
# Prisma's CLI downloads a native schema engine unless PRISMA_SCHEMA_ENGINE_BINARY names an existing
# file. prisma.config.ts points it here so `prisma generate/validate/format` work offline. Tenantry
# runs migrations with the WebAssembly engine instead (lib/db/migrate), so this is never needed.
# Prisma skips the first stderr line and shows `fields.message` of the JSON lines after it.
MSG="this machine has no native Prisma schema engine. Apply migrations with 'npm run db:migrate', create them with 'npm run db:migration:new -- <name>'. For 'prisma migrate' itself, set TENANTRY_PRISMA_NATIVE_ENGINE=1 where Prisma can download its engine."
echo "tenantry engine stub: $MSG" >&2
printf '{"level":"ERROR","target":"tenantry::engine_stub","fields":{"message":"%s"}}\n' "$MSG" >&2
exit 1
