-- Idempotency-Key of the REST API (DESIGN.md): the first request with a key
-- stores its fingerprint while it runs and its answer once done, so a retry
-- with the same body replays the answer instead of acting twice. Rows expire
-- after 24 h and the maintenance job deletes them by expiresAt.
CREATE TYPE "IdempotencyState" AS ENUM ('running', 'done');

CREATE TABLE "idempotency_keys" (
    "orgId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "state" "IdempotencyState" NOT NULL DEFAULT 'running',
    "responseStatus" INTEGER,
    "responseBody" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("orgId", "key")
);
CREATE INDEX "idempotency_keys_expiresAt_idx" ON "idempotency_keys"("expiresAt");
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
