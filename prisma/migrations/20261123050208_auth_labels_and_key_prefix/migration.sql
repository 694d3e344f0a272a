/*
  Warnings:

  - A unique constraint covering the columns `[prefix]` on the table `ApiKey` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "RoleMapping" ADD COLUMN     "label" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");
