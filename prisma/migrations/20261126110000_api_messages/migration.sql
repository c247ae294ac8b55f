-- Messages sent through the REST API: the key that sent them and, for a
-- scheduled one, when it is due.
ALTER TABLE "messages" ADD COLUMN "apiKeyId" UUID;
ALTER TABLE "messages" ADD COLUMN "scheduledAt" TIMESTAMPTZ(3);
ALTER TABLE "messages" ADD CONSTRAINT "messages_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "api_keys"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The messages API lists single messages (no campaign) newest first by id,
-- filtered by status, number or client reference. Campaign messages are
-- left out of every one of these indexes, so the campaign send path (an
-- insertion per row version and index) pays nothing for them. (Prisma cannot
-- express the predicates; the names and columns match schema.prisma.)
CREATE INDEX "messages_single_orgId_id_idx" ON "messages"("orgId", "id") WHERE "campaignId" IS NULL;
CREATE INDEX "messages_orgId_status_id_idx" ON "messages"("orgId", "status", "id") WHERE "campaignId" IS NULL;
CREATE INDEX "messages_orgId_phone_id_idx" ON "messages"("orgId", "phone", "id") WHERE "campaignId" IS NULL;
CREATE INDEX "messages_orgId_clientReference_id_idx" ON "messages"("orgId", "clientReference", "id") WHERE "clientReference" IS NOT NULL;
-- Keeps a key's deletion (ON DELETE SET NULL) from scanning every message.
CREATE INDEX "messages_apiKeyId_idx" ON "messages"("apiKeyId") WHERE "apiKeyId" IS NOT NULL;
