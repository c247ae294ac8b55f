-- The Idempotency-Key a REST API message was created under. The key's stored
-- answer (idempotency_keys) is written after the message: should the request
-- die in between, a retry finds the message here instead of sending a second
-- one. Partial, so campaign messages (which never have one) are not indexed.
ALTER TABLE "messages" ADD COLUMN "idempotencyKey" TEXT;
CREATE UNIQUE INDEX "messages_orgId_idempotencyKey_key" ON "messages"("orgId", "idempotencyKey") WHERE "idempotencyKey" IS NOT NULL;
