/*
  Warnings:

  - You are about to alter the column `data` on the `AuditEvent` table. The data in that column could be lost. The data in that column will be cast from `String` to `Json`.
  - You are about to alter the column `details` on the `Claim` table. The data in that column could be lost. The data in that column will be cast from `String` to `Json`.
  - You are about to alter the column `fraudReasons` on the `Claim` table. The data in that column could be lost. The data in that column will be cast from `String` to `Json`.
  - You are about to alter the column `modelInputs` on the `Claim` table. The data in that column could be lost. The data in that column will be cast from `String` to `Json`.
  - You are about to alter the column `signals` on the `Feedback` table. The data in that column could be lost. The data in that column will be cast from `String` to `Json`.
  - You are about to alter the column `payload` on the `Notification` table. The data in that column could be lost. The data in that column will be cast from `String` to `Json`.
  - You are about to alter the column `details` on the `Policy` table. The data in that column could be lost. The data in that column will be cast from `String` to `Json`.

*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "actorRole" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "note" TEXT,
    "data" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AuditEvent" ("action", "actorId", "actorRole", "createdAt", "data", "fromStatus", "id", "note", "targetId", "targetType", "toStatus") SELECT "action", "actorId", "actorRole", "createdAt", "data", "fromStatus", "id", "note", "targetId", "targetType", "toStatus" FROM "AuditEvent";
DROP TABLE "AuditEvent";
ALTER TABLE "new_AuditEvent" RENAME TO "AuditEvent";
CREATE INDEX "AuditEvent_targetType_targetId_createdAt_idx" ON "AuditEvent"("targetType", "targetId", "createdAt");
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");
CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "incidentDate" DATETIME NOT NULL,
    "incidentHour" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "policeReport" BOOLEAN,
    "witnesses" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "reservedCents" INTEGER NOT NULL,
    "details" JSONB NOT NULL,
    "fraudProbability" REAL NOT NULL,
    "anomalyScore" REAL NOT NULL,
    "fraudDecision" TEXT NOT NULL,
    "fraudReasons" JSONB NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "modelKind" TEXT NOT NULL,
    "modelInputs" JSONB NOT NULL,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "paidAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Claim_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("amountCents", "anomalyScore", "createdAt", "decidedAt", "description", "details", "fraudDecision", "fraudProbability", "fraudReasons", "id", "incidentDate", "incidentHour", "modelInputs", "modelKind", "modelVersion", "number", "paidAt", "policeReport", "policyId", "reservedCents", "status", "submittedAt", "updatedAt", "userId", "witnesses") SELECT "amountCents", "anomalyScore", "createdAt", "decidedAt", "description", "details", "fraudDecision", "fraudProbability", "fraudReasons", "id", "incidentDate", "incidentHour", "modelInputs", "modelKind", "modelVersion", "number", "paidAt", "policeReport", "policyId", "reservedCents", "status", "submittedAt", "updatedAt", "userId", "witnesses" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE UNIQUE INDEX "Claim_number_key" ON "Claim"("number");
CREATE INDEX "Claim_userId_createdAt_idx" ON "Claim"("userId", "createdAt");
CREATE INDEX "Claim_policyId_createdAt_idx" ON "Claim"("policyId", "createdAt");
CREATE INDEX "Claim_status_fraudProbability_idx" ON "Claim"("status", "fraudProbability");
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");
CREATE TABLE "new_Feedback" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "policyId" TEXT,
    "message" TEXT NOT NULL,
    "sentiment" TEXT NOT NULL,
    "sentimentScore" REAL NOT NULL,
    "signals" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "reply" TEXT,
    "repliedById" TEXT,
    "repliedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Feedback_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Feedback_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Feedback_repliedById_fkey" FOREIGN KEY ("repliedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Feedback" ("createdAt", "id", "message", "policyId", "repliedAt", "repliedById", "reply", "sentiment", "sentimentScore", "signals", "status", "topic", "userId") SELECT "createdAt", "id", "message", "policyId", "repliedAt", "repliedById", "reply", "sentiment", "sentimentScore", "signals", "status", "topic", "userId" FROM "Feedback";
DROP TABLE "Feedback";
ALTER TABLE "new_Feedback" RENAME TO "Feedback";
CREATE INDEX "Feedback_userId_createdAt_idx" ON "Feedback"("userId", "createdAt");
CREATE INDEX "Feedback_sentiment_status_idx" ON "Feedback"("sentiment", "status");
CREATE TABLE "new_Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT,
    "toPhone" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 6,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "provider" TEXT,
    "providerId" TEXT,
    "providerStatus" TEXT,
    "lastError" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Notification" ("attempts", "body", "createdAt", "id", "idempotencyKey", "kind", "lastError", "leaseOwner", "leaseUntil", "maxAttempts", "nextAttemptAt", "payload", "provider", "providerId", "providerStatus", "sentAt", "status", "toPhone", "userId") SELECT "attempts", "body", "createdAt", "id", "idempotencyKey", "kind", "lastError", "leaseOwner", "leaseUntil", "maxAttempts", "nextAttemptAt", "payload", "provider", "providerId", "providerStatus", "sentAt", "status", "toPhone", "userId" FROM "Notification";
DROP TABLE "Notification";
ALTER TABLE "new_Notification" RENAME TO "Notification";
CREATE UNIQUE INDEX "Notification_idempotencyKey_key" ON "Notification"("idempotencyKey");
CREATE INDEX "Notification_status_nextAttemptAt_idx" ON "Notification"("status", "nextAttemptAt");
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");
CREATE TABLE "new_Policy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME NOT NULL,
    "termMonths" INTEGER NOT NULL,
    "sumInsuredCents" INTEGER NOT NULL,
    "remainingCoverCents" INTEGER NOT NULL,
    "premiumCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'GBP',
    "details" JSONB NOT NULL,
    "renewedFromId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Policy_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Policy_renewedFromId_fkey" FOREIGN KEY ("renewedFromId") REFERENCES "Policy" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Policy" ("createdAt", "currency", "details", "endDate", "id", "number", "premiumCents", "remainingCoverCents", "renewedFromId", "startDate", "status", "sumInsuredCents", "termMonths", "type", "updatedAt", "userId") SELECT "createdAt", "currency", "details", "endDate", "id", "number", "premiumCents", "remainingCoverCents", "renewedFromId", "startDate", "status", "sumInsuredCents", "termMonths", "type", "updatedAt", "userId" FROM "Policy";
DROP TABLE "Policy";
ALTER TABLE "new_Policy" RENAME TO "Policy";
CREATE UNIQUE INDEX "Policy_number_key" ON "Policy"("number");
CREATE UNIQUE INDEX "Policy_renewedFromId_key" ON "Policy"("renewedFromId");
CREATE INDEX "Policy_userId_createdAt_idx" ON "Policy"("userId", "createdAt");
CREATE INDEX "Policy_status_endDate_idx" ON "Policy"("status", "endDate");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
