-- CreateEnum
CREATE TYPE "TenantGdapStatus" AS ENUM ('active', 'expiring', 'expired', 'pending', 'none', 'mlt_only', 'dap');

-- CreateEnum
CREATE TYPE "ConsentState" AS ENUM ('granted', 'partial', 'missing', 'unknown');

-- CreateEnum
CREATE TYPE "AccessStatus" AS ENUM ('healthy', 'warning', 'failing', 'unknown');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('queued', 'running', 'succeeded', 'failed');

-- CreateTable
CREATE TABLE "Tenant" (
    "id" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "defaultDomain" TEXT,
    "initialDomain" TEXT,
    "alias" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "inGdap" BOOLEAN NOT NULL DEFAULT false,
    "inPartnerCenter" BOOLEAN NOT NULL DEFAULT false,
    "hasDapContract" BOOLEAN NOT NULL DEFAULT false,
    "gdapStatus" "TenantGdapStatus" NOT NULL DEFAULT 'none',
    "gdapEndsAt" TIMESTAMPTZ(3),
    "gdapAutoExtend" BOOLEAN NOT NULL DEFAULT false,
    "gdapAutoExtendBlockedByGa" BOOLEAN NOT NULL DEFAULT false,
    "relationshipCount" INTEGER NOT NULL DEFAULT 0,
    "consentState" "ConsentState" NOT NULL DEFAULT 'unknown',
    "accessStatus" "AccessStatus" NOT NULL DEFAULT 'unknown',
    "accessFailingStep" TEXT,
    "accessCheckedAt" TIMESTAMPTZ(3),
    "licensesEnabled" INTEGER,
    "licensesConsumed" INTEGER,
    "domains" JSONB,
    "organization" JSONB,
    "lastSyncErrorCode" TEXT,
    "lastSyncErrorMsg" TEXT,
    "lastSyncErrorAt" TIMESTAMPTZ(3),
    "firstSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "syncedAt" TIMESTAMPTZ(3),
    "removedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TenantListVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "TenantListVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GdapRelationship" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3),
    "activatedAt" TIMESTAMPTZ(3),
    "endsAt" TIMESTAMPTZ(3),
    "autoExtendDuration" TEXT,
    "roles" TEXT[],
    "isMicrosoftLed" BOOLEAN NOT NULL DEFAULT false,
    "autoExtendBlockedByGlobalAdmin" BOOLEAN NOT NULL DEFAULT false,
    "syncedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "GdapRelationship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessAssignment" (
    "id" TEXT NOT NULL,
    "relationshipId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "groupName" TEXT,
    "roles" TEXT[],
    "status" TEXT NOT NULL,

    CONSTRAINT "AccessAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TenantLicense" (
    "tenantId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "skuPartNumber" TEXT NOT NULL,
    "enabled" INTEGER NOT NULL,
    "consumed" INTEGER NOT NULL,

    CONSTRAINT "TenantLicense_pkey" PRIMARY KEY ("tenantId","skuId")
);

-- CreateTable
CREATE TABLE "TenantConsent" (
    "tenantId" TEXT NOT NULL,
    "samAppConsented" BOOLEAN NOT NULL,
    "grants" JSONB NOT NULL DEFAULT '[]',
    "errorCode" TEXT,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TenantConsent_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "TenantDiagnostic" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "runId" TEXT,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "AccessStatus" NOT NULL,
    "steps" JSONB NOT NULL,

    CONSTRAINT "TenantDiagnostic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SyncRun" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'queued',
    "requestedBy" TEXT,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "counts" JSONB NOT NULL DEFAULT '{}',
    "errors" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "SyncRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Tenant_removedAt_displayName_idx" ON "Tenant"("removedAt", "displayName");

-- CreateIndex
CREATE INDEX "Tenant_gdapStatus_idx" ON "Tenant"("gdapStatus");

-- CreateIndex
CREATE INDEX "Tenant_accessStatus_idx" ON "Tenant"("accessStatus");

-- CreateIndex
CREATE INDEX "Tenant_tags_idx" ON "Tenant" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "GdapRelationship_tenantId_idx" ON "GdapRelationship"("tenantId");

-- CreateIndex
CREATE INDEX "AccessAssignment_relationshipId_idx" ON "AccessAssignment"("relationshipId");

-- CreateIndex
CREATE INDEX "TenantDiagnostic_tenantId_checkedAt_idx" ON "TenantDiagnostic"("tenantId", "checkedAt" DESC);

-- CreateIndex
CREATE INDEX "TenantDiagnostic_runId_idx" ON "TenantDiagnostic"("runId");

-- CreateIndex
CREATE INDEX "SyncRun_kind_startedAt_idx" ON "SyncRun"("kind", "startedAt" DESC);

-- AddForeignKey
ALTER TABLE "GdapRelationship" ADD CONSTRAINT "GdapRelationship_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessAssignment" ADD CONSTRAINT "AccessAssignment_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "GdapRelationship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenantLicense" ADD CONSTRAINT "TenantLicense_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenantConsent" ADD CONSTRAINT "TenantConsent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenantDiagnostic" ADD CONSTRAINT "TenantDiagnostic_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the tenant list's change counter (lib/tenants/list/snapshot.ts). A statement trigger
-- bumps it in the writing transaction, so a reader sees the new version only once the change it
-- announces has committed.
INSERT INTO "TenantListVersion" ("id", "version") VALUES (1, 0);
ALTER TABLE "TenantListVersion" ADD CONSTRAINT "TenantListVersion_singleton" CHECK ("id" = 1);

CREATE FUNCTION "tenant_list_bump"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "TenantListVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Tenant_list_version"
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Tenant"
  FOR EACH STATEMENT EXECUTE FUNCTION "tenant_list_bump"();
