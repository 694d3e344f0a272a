-- AlterTable
ALTER TABLE "ApprovalRequest" ADD COLUMN     "reason" TEXT;
