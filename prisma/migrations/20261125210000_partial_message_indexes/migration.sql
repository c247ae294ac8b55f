-- Every claim and every outcome rewrites a message row, and a row version is
-- added to every index whose predicate it matches. Campaign messages have no
-- conversation, answer no campaign, and have no SMSC id until submitted:
-- leaving those rows out of these three indexes spares three index
-- insertions per update on the send path. (Prisma cannot express the
-- predicates; the names and columns match schema.prisma.)
DROP INDEX "messages_conversationId_id_idx";
CREATE INDEX "messages_conversationId_id_idx" ON "messages"("conversationId", "id") WHERE "conversationId" IS NOT NULL;
DROP INDEX "messages_repliesToCampaignId_idx";
CREATE INDEX "messages_repliesToCampaignId_idx" ON "messages"("repliesToCampaignId") WHERE "repliesToCampaignId" IS NOT NULL;
DROP INDEX "messages_orgId_smscMessageId_idx";
CREATE INDEX "messages_orgId_smscMessageId_idx" ON "messages"("orgId", "smscMessageId") WHERE "smscMessageId" IS NOT NULL;
