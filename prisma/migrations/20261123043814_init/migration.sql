-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'technician', 'service_desk', 'read_only');

-- CreateEnum
CREATE TYPE "ClaimType" AS ENUM ('group', 'app_role');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('user', 'api_key', 'system');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('requested', 'succeeded', 'failed', 'denied');

-- CreateEnum
CREATE TYPE "SamStatus" AS ENUM ('pending_consent', 'connected', 'reconsent_required', 'disconnected');

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "EncryptedSecret" (
    "id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "ciphertext" BYTEA NOT NULL,
    "iv" BYTEA NOT NULL,
    "authTag" BYTEA NOT NULL,
    "wrappedDataKey" BYTEA NOT NULL,
    "dataKeyIv" BYTEA NOT NULL,
    "dataKeyTag" BYTEA NOT NULL,
    "masterKeyId" TEXT NOT NULL,
    "masterKeyVersion" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EncryptedSecret_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SamConnection" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "status" "SamStatus" NOT NULL DEFAULT 'pending_consent',
    "partnerTenantId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientSecretId" TEXT,
    "refreshTokenSecretId" TEXT,
    "connectedByUpn" TEXT,
    "connectedAt" TIMESTAMPTZ(3),
    "refreshTokenIssuedAt" TIMESTAMPTZ(3),
    "lastRefreshAt" TIMESTAMPTZ(3),
    "lastRefreshErrorCode" TEXT,
    "lastRefreshErrorMsg" TEXT,
    "lastRefreshErrorAt" TIMESTAMPTZ(3),
    "secretExpiresAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SamConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppUser" (
    "id" TEXT NOT NULL,
    "oid" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "upn" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'read_only',
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleMapping" (
    "id" TEXT NOT NULL,
    "claimType" "ClaimType" NOT NULL,
    "claimValue" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT,
    "role" "Role",
    "action" TEXT NOT NULL,
    "tenantId" TEXT,
    "target" TEXT,
    "outcome" "AuditOutcome" NOT NULL,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "requestIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "prevHash" TEXT,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EncryptedSecret_purpose_key" ON "EncryptedSecret"("purpose");

-- CreateIndex
CREATE UNIQUE INDEX "AppUser_oid_key" ON "AppUser"("oid");

-- CreateIndex
CREATE UNIQUE INDEX "RoleMapping_claimType_claimValue_key" ON "RoleMapping"("claimType", "claimValue");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_at_idx" ON "AuditEvent"("tenantId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- AddForeignKey
ALTER TABLE "SamConnection" ADD CONSTRAINT "SamConnection_clientSecretId_fkey" FOREIGN KEY ("clientSecretId") REFERENCES "EncryptedSecret"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SamConnection" ADD CONSTRAINT "SamConnection_refreshTokenSecretId_fkey" FOREIGN KEY ("refreshTokenSecretId") REFERENCES "EncryptedSecret"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "AppUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
