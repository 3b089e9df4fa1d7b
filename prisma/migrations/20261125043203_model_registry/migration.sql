-- CreateTable
CREATE TABLE "ModelVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "card" JSONB NOT NULL,
    "dataSha256" TEXT NOT NULL,
    "metrics" JSONB NOT NULL,
    "createdBy" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ModelActivation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "modelVersionId" TEXT NOT NULL,
    "previousVersionId" TEXT,
    "action" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ModelActivation_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActiveModel" (
    "kind" TEXT NOT NULL PRIMARY KEY,
    "modelVersionId" TEXT NOT NULL,
    "activationId" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ModelVersion_kind_createdAt_idx" ON "ModelVersion"("kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ModelVersion_kind_version_key" ON "ModelVersion"("kind", "version");

-- CreateIndex
CREATE INDEX "ModelActivation_kind_createdAt_idx" ON "ModelActivation"("kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ActiveModel_activationId_key" ON "ActiveModel"("activationId");
