-- Written by hand: the generated migration dropped and re-added every changed column (losing the data).
-- Each column is converted in place instead: the stored strings are exactly the enum values and valid
-- JSON, so the casts keep every row (a row holding anything else makes the migration fail, not lose data).
-- PostgreSQL rebuilds the indexes on the converted columns itself. (No semicolons in comments: the engine splits on them.)

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');

-- CreateEnum
CREATE TYPE "ActorRole" AS ENUM ('USER', 'ADMIN', 'SYSTEM', 'API');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'HELD', 'EXPIRED', 'LIMITED');

-- CreateEnum
CREATE TYPE "PolicyType" AS ENUM ('car', 'bike', 'travel', 'health', 'business', 'home');

-- CreateEnum
CREATE TYPE "PolicyStatus" AS ENUM ('ACTIVE', 'EXPIRED', 'LAPSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "FeedbackTopic" AS ENUM ('policy', 'claim', 'website', 'other');

-- CreateEnum
CREATE TYPE "Sentiment" AS ENUM ('positive', 'neutral', 'negative');

-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('OPEN', 'ANSWERED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'PAID');

-- CreateEnum
CREATE TYPE "FraudDecision" AS ENUM ('approve', 'investigate');

-- CreateEnum
CREATE TYPE "ModelKind" AS ENUM ('motor', 'general');


-- AlterTable
ALTER TABLE "AuditEvent" ALTER COLUMN "actorRole" SET DATA TYPE "ActorRole" USING "actorRole"::"ActorRole",
  ALTER COLUMN "data" SET DATA TYPE JSONB USING "data"::JSONB;

-- AlterTable
ALTER TABLE "Claim" ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" SET DATA TYPE "ClaimStatus" USING "status"::"ClaimStatus",
  ALTER COLUMN "status" SET DEFAULT 'SUBMITTED',
  ALTER COLUMN "details" DROP DEFAULT,
  ALTER COLUMN "details" SET DATA TYPE JSONB USING "details"::JSONB,
  ALTER COLUMN "fraudDecision" SET DATA TYPE "FraudDecision" USING "fraudDecision"::"FraudDecision",
  ALTER COLUMN "fraudReasons" DROP DEFAULT,
  ALTER COLUMN "fraudReasons" SET DATA TYPE JSONB USING "fraudReasons"::JSONB,
  ALTER COLUMN "modelKind" SET DATA TYPE "ModelKind" USING "modelKind"::"ModelKind",
  ALTER COLUMN "modelInputs" SET DATA TYPE JSONB USING "modelInputs"::JSONB;

-- AlterTable
ALTER TABLE "Feedback" ALTER COLUMN "topic" SET DATA TYPE "FeedbackTopic" USING "topic"::"FeedbackTopic",
  ALTER COLUMN "sentiment" SET DATA TYPE "Sentiment" USING "sentiment"::"Sentiment",
  ALTER COLUMN "signals" DROP DEFAULT,
  ALTER COLUMN "signals" SET DATA TYPE JSONB USING "signals"::JSONB,
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" SET DATA TYPE "FeedbackStatus" USING "status"::"FeedbackStatus",
  ALTER COLUMN "status" SET DEFAULT 'OPEN';

-- AlterTable
ALTER TABLE "Notification" ALTER COLUMN "payload" SET DATA TYPE JSONB USING "payload"::JSONB,
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" SET DATA TYPE "NotificationStatus" USING "status"::"NotificationStatus",
  ALTER COLUMN "status" SET DEFAULT 'QUEUED';

-- AlterTable
ALTER TABLE "Policy" ALTER COLUMN "type" SET DATA TYPE "PolicyType" USING "type"::"PolicyType",
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" SET DATA TYPE "PolicyStatus" USING "status"::"PolicyStatus",
  ALTER COLUMN "status" SET DEFAULT 'ACTIVE',
  ALTER COLUMN "details" SET DATA TYPE JSONB USING "details"::JSONB;

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT,
  ALTER COLUMN "role" SET DATA TYPE "Role" USING "role"::"Role",
  ALTER COLUMN "role" SET DEFAULT 'USER';
